// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of the <c>eval-speed</c> verb.</summary>
[Verb("eval-speed", HelpText =
    "Time the COCO evaluator on a generated case (random ground truth, jittered true detections and " +
    "random false ones).")]
public sealed class EvalSpeedOptions : VateSharp.Cli.VerbOptions
{
    /// <summary>Gets the image count.</summary>
    [Option("images", Default = 10_000, HelpText = "Images in the generated ground truth (default 10000).")]
    public int Images { get; init; } = 10_000;

    /// <summary>Gets the detection count.</summary>
    [Option("detections", Default = 500_000, HelpText = "Detections in the generated results (default 500000).")]
    public int Detections { get; init; } = 500_000;

    /// <summary>Gets the ground-truth boxes per image.</summary>
    [Option("boxes-per-image", Default = 10, HelpText = "Ground-truth boxes per image (default 10).")]
    public int BoxesPerImage { get; init; } = 10;

    /// <summary>Gets the category count.</summary>
    [Option("categories", Default = 80, HelpText = "Categories (default 80).")]
    public int Categories { get; init; } = 80;

    /// <summary>Gets the detection limits.</summary>
    [Option("max-dets", Default = "1,10,100", HelpText = "Detection limits (default 1,10,100).")]
    public string MaxDets { get; init; } = "1,10,100";

    /// <summary>Gets the folder to write the generated case to, or null.</summary>
    [Option("write-case", HelpText =
        "Also write the generated case as gt.json and results.json into this folder, to cross-check with " +
        "pycocotools.")]
    public string? WriteCase { get; init; }

    /// <summary>Gets the seed.</summary>
    [Option("seed", Default = 1, HelpText = "Seed of the generated case (default 1).")]
    public int Seed { get; init; } = 1;

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        if (new EvalOptions { MaxDets = MaxDets }.TryParseMaxDets(out _) is { } problem)
        {
            yield return problem;
        }

        if (Images < 1 || Detections < 0 || BoxesPerImage < 1 || Categories < 1)
        {
            yield return "--images, --boxes-per-image and --categories must be at least 1, --detections at least 0.";
        }
    }
}
