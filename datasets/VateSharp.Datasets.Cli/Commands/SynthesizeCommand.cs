// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Synthesis;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Cli.Commands;

/// <summary>The <c>synthesize</c> verb.</summary>
internal static class SynthesizeCommand
{
    public static int Run(SynthesizeOptions options, TextWriter output, TextWriter error)
    {
        if (options.TryBuild(out var synthesis) is { } problem)
        {
            error.WriteLine($"datasets: {problem}");
            return 2;
        }

        if (!Directory.Exists(options.Images))
        {
            error.WriteLine($"datasets: the images folder '{options.Images}' does not exist.");
            return 1;
        }

        var source = CocoJsonReader.ReadDataset(options.Annotations);
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var lastSequence = 0;
        var progress = new InlineProgress<SynthesisProgress>(p =>
        {
            // One updating line on a terminal; one line per finished sequence in logs.
            if (interactive)
            {
                error.Write($"\rsequence {p.Sequence}/{p.Sequences}, frame {p.Frame}/{p.Frames}   ");
            }
            else if (p.Frame == p.Frames && p.Sequence != lastSequence)
            {
                lastSequence = p.Sequence;
                error.WriteLine($"sequence {p.Sequence}/{p.Sequences} done ({p.Frames} frames)");
            }
        });

        var result = SequenceSynthesizer.Synthesize(source, options.Images, options.Output, synthesis, progress);
        if (interactive)
        {
            error.WriteLine();
        }

        output.WriteLine(
            $"Wrote {result.Sequences.Count} sequences, {result.Dataset.Images.Count} frames and " +
            $"{result.Dataset.Annotations.Count} boxes to {result.Output} ({result.OutOfViewBoxes} placements out of " +
            $"view, {result.UnmappedBoxes} boxes of classes without a VisDrone counterpart left out).");
        return 0;
    }

    /// <summary>Reports on the calling thread (System.Progress would post to the thread pool and reorder lines).</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
