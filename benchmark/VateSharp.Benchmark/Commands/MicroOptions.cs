// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Assets;
using VateSharp.Cli;
using VateSharp.Inference;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of <c>benchmark micro</c>.</summary>
[Verb("micro", HelpText = "Per model, compare the bare network run with a full detect call (JPEG decode, pre-processing, run, post-processing) on the same images, and print full / bare (and Detect / bare, without the JPEG decode).")]
public sealed class MicroOptions : VerbOptions
{
    /// <summary>Gets or sets the models.</summary>
    [Option("models", Separator = ',', HelpText = "Comma-separated catalogue models. Default fastestdet,yolox-nano,picodet-s-320,picodet-s-416,nanodet-m-320,yolo-fastest-1.1,yolo-fastest-1.1-xl.")]
    public IEnumerable<string> Models { get; set; } = [];

    /// <summary>Gets or sets the image folder.</summary>
    [Option("images", HelpText = "A folder of images (or a file or glob). Default: the sample-images data set (dog, person, horses, giraffe, kite, eagle).")]
    public string? Images { get; set; }

    /// <summary>Gets or sets the iteration count.</summary>
    [Option("iterations", Default = 10, HelpText = "Timed passes over all images per model, after 2 warm-up passes. Default 10.")]
    public int Iterations { get; set; } = 10;

    /// <summary>Gets or sets the thread count.</summary>
    [Option("threads", Default = 0, HelpText = "Threads per inference; 0 lets ONNX Runtime choose. Default 0.")]
    public int Threads { get; set; }

    /// <summary>Gets or sets the score threshold used by the full calls.</summary>
    [Option("score", Default = 0.25f, HelpText = "Score threshold of the full detect calls. Default 0.25.")]
    public float Score { get; set; } = 0.25f;

    /// <summary>Gets or sets the execution provider.</summary>
    [Option("provider", Default = ExecutionProvider.Cpu, HelpText = "cpu or cuda (falls back to cpu with a warning). Default cpu.")]
    public ExecutionProvider Provider { get; set; } = ExecutionProvider.Cpu;

    /// <summary>Gets the models to measure, with the default list when none were given.</summary>
    public IReadOnlyList<string> ModelList => Models.Any()
        ? [.. Models]
        : ["fastestdet", "yolox-nano", "picodet-s-320", "picodet-s-416", "nanodet-m-320", "yolo-fastest-1.1", "yolo-fastest-1.1-xl"];

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var model in ModelList.Where(m => !ModelCatalogue.TryGet(m, out _)))
        {
            yield return $"--models names '{model}', which is not a catalogue model ({string.Join(", ", ModelCatalogue.Names)}).";
        }

        if (Iterations < 1)
        {
            yield return $"--iterations must be at least 1, but is {Iterations}.";
        }

        if (Threads < 0)
        {
            yield return $"--threads must be 0 (automatic) or more, but is {Threads}.";
        }
    }
}
