// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using CommandLine;
using VateSharp.Cli;
using VateSharp.Datasets.Synthesis;

namespace VateSharp.Datasets.Cli.Commands;

/// <summary>Options of the <c>synthesize</c> verb.</summary>
[Verb("synthesize", HelpText =
    "Make moving sequences with exact ground truth from annotated stills (a simulated camera pans, " +
    "zooms and rolls over each), in VisDrone's layout plus annotations.json.")]
internal sealed class SynthesizeOptions : VerbOptions
{
    [Option("images", Required = true, HelpText = "Folder the annotation file's image file names are relative to.")]
    public string Images { get; init; } = string.Empty;

    [Option("annotations", Required = true, HelpText = "COCO ground truth of the stills.")]
    public string Annotations { get; init; } = string.Empty;

    [Option("output", Required = true, HelpText =
        "Output folder; must not exist or be empty. It appears only when complete.")]
    public string Output { get; init; } = string.Empty;

    [Option("sequences", Default = 4, HelpText = "Number of sequences (default 4).")]
    public int Sequences { get; init; } = 4;

    [Option("frames", Default = 100, HelpText = "Frames per sequence (default 100).")]
    public int Frames { get; init; } = 100;

    [Option("size", Default = "960x540", HelpText = "Output frame size WxH (default 960x540).")]
    public string Size { get; init; } = "960x540";

    [Option("seed", Default = 0, HelpText = "Random seed; the same seed gives the same files (default 0).")]
    public int Seed { get; init; }

    [Option("stills-per-sequence", Default = 1, HelpText = "Stills each sequence cuts between (default 1).")]
    public int StillsPerSequence { get; init; } = 1;

    [Option("categories", Default = SynthesisCategoryMode.Source, HelpText =
        "source: keep the stills' own categories (categories.json names them); visdrone: map to " +
        "VisDrone's ten classes and drop the rest (default source).")]
    public SynthesisCategoryMode Categories { get; init; } = SynthesisCategoryMode.Source;

    [Option("category-ids", Default = "vate", HelpText =
        "With --categories visdrone: vate (0-9) or one-based (1-10) COCO ids (default vate).")]
    public string CategoryIds { get; init; } = "vate";

    /// <summary>Checks the values and builds the library options, or returns the problem as one sentence.</summary>
    public string? TryBuild(out SynthesisOptions options)
    {
        options = SynthesisOptions.Default;
        var parts = Size.Split('x', 'X');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || width < 16 || height < 16)
        {
            return $"--size must be WIDTHxHEIGHT with both at least 16 (for example 960x540), got '{Size}'.";
        }

        if (Sequences < 1 || Frames < 1 || StillsPerSequence < 1 || StillsPerSequence > Frames)
        {
            return "--sequences and --frames must be at least 1 and --stills-per-sequence between 1 and --frames, " +
                $"got {Sequences}, {Frames} and {StillsPerSequence}.";
        }

        if (VisDroneToCocoOptions.ParseIds(CategoryIds) is not { } ids)
        {
            return $"--category-ids must be vate or one-based, got '{CategoryIds}'.";
        }

        options = new SynthesisOptions
        {
            Sequences = Sequences,
            FramesPerSequence = Frames,
            Width = width,
            Height = height,
            Seed = Seed,
            StillsPerSequence = StillsPerSequence,
            CategoryMode = Categories,
            CategoryIds = ids,
        };
        return null;
    }
}
