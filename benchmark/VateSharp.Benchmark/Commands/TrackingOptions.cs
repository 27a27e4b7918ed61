// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using CommandLine;
using VateSharp.Tracking;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of the <c>tracking</c> verb.</summary>
[Verb("tracking", HelpText = "Measure the device trackers on sequences with exact ground truth (VisDrone-VID layout, e.g. from 'datasets synthesize'): IoU after k frames, ms per frame, and COCO AP of ground-truth keyframes every N frames tracked between.")]
public sealed class TrackingOptions : VateSharp.Cli.VerbOptions
{
    /// <summary>Gets the data folder.</summary>
    [Option("data", Required = true, HelpText = "Folder with sequences/NAME/*.jpg, annotations/NAME.txt (VisDrone-VID) and annotations.json (COCO).")]
    public string Data { get; init; } = string.Empty;

    /// <summary>Gets the trackers to measure.</summary>
    [Option("trackers", Default = "median-flow,motion,kcf", HelpText = "Comma-separated tracker names (default median-flow,motion,kcf); 'static' (boxes never move) is always added as the baseline.")]
    public string Trackers { get; init; } = "median-flow,motion,kcf";

    /// <summary>Gets the horizons.</summary>
    [Option("horizons", Default = "1,5,10,20", HelpText = "Frames to track before comparing with the truth (default 1,5,10,20).")]
    public string Horizons { get; init; } = "1,5,10,20";

    /// <summary>Gets the keyframe rates.</summary>
    [Option("rates", Default = "1,5,10,20", HelpText = "N for 'truth every N-th frame, tracked between' (default 1,5,10,20).")]
    public string Rates { get; init; } = "1,5,10,20";

    /// <summary>Gets the object count of the speed measurement.</summary>
    [Option("objects", Default = 20, HelpText = "Boxes per frame in the speed measurement (default 20).")]
    public int Objects { get; init; } = 20;

    /// <summary>Gets the start stride.</summary>
    [Option("stride", Default = 5, HelpText = "Accuracy runs start on every this-many-th frame (default 5).")]
    public int Stride { get; init; } = 5;

    /// <summary>Gets the largest tracking width.</summary>
    [Option("max-width", Default = 640, HelpText = "Width the gray tracking frames are shrunk to (default 640).")]
    public int MaxWidth { get; init; } = 640;

    /// <summary>Gets the most sequences read.</summary>
    [Option("max-sequences", Default = 100, HelpText = "Read at most this many sequences (default 100).")]
    public int MaxSequences { get; init; } = 100;

    /// <summary>Gets the median-flow point budget.</summary>
    [Option("points", Default = 10, HelpText = "Median flow: most corner points per object (default 10, the tracker's default).")]
    public int Points { get; init; } = 10;

    /// <summary>Gets the median-flow window.</summary>
    [Option("window", Default = 9, HelpText = "Median flow: Lucas-Kanade window side (default 9, the tracker's default).")]
    public int Window { get; init; } = 9;

    /// <summary>Gets the detector for detected keyframes.</summary>
    [Option("detector", HelpText = "Also run this catalogue detector (e.g. fastestdet) every N-th frame, track between, and score with COCO AP. Default: none.")]
    public string? Detector { get; init; }

    /// <summary>Gets the detector's score threshold.</summary>
    [Option("detector-score", Default = 0.1f, HelpText = "Lowest detector score kept with --detector (default 0.1).")]
    public float DetectorScore { get; init; } = 0.1f;

    /// <summary>Gets the parts to run.</summary>
    [Option("parts", Default = "accuracy,speed,keyframes", HelpText = "Which measurements to run (default accuracy,speed,keyframes).")]
    public string Parts { get; init; } = "accuracy,speed,keyframes";

    /// <summary>Gets the JSON output path.</summary>
    [Option("json", HelpText = "Also write every number to this JSON file.")]
    public string? Json { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        if (Validate(out _, out _, out _) is { } problem)
        {
            yield return problem;
        }
    }

    /// <summary>Checks the options and parses the lists; returns the problem as one sentence, or null.</summary>
    public string? Validate(out string[] trackers, out int[] horizons, out int[] rates)
    {
        trackers = Trackers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        horizons = [];
        rates = [];
        foreach (var name in trackers)
        {
            if (!TrackerNames.All.Contains(name))
            {
                return $"--trackers names '{name}'; use some of: {string.Join(", ", TrackerNames.All)}.";
            }
        }

        if (!TryParse(Horizons, out horizons))
        {
            return $"--horizons must be positive whole numbers such as 1,5,10, got '{Horizons}'.";
        }

        if (!TryParse(Rates, out rates))
        {
            return $"--rates must be positive whole numbers such as 1,5,10, got '{Rates}'.";
        }

        var parts = Parts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is not ("accuracy" or "speed" or "keyframes")))
        {
            return $"--parts must name some of accuracy, speed, keyframes, got '{Parts}'.";
        }

        if (Points < 1 || Window < 3)
        {
            return "--points must be at least 1 and --window at least 3.";
        }

        if (Objects < 1 || Stride < 1 || MaxWidth < 16 || MaxSequences < 1)
        {
            return "--objects, --stride and --max-sequences must be at least 1 and --max-width at least 16.";
        }

        return null;
    }

    /// <summary>Returns whether <paramref name="part"/> is to run.</summary>
    public bool Runs(string part) => Parts.Split(',', StringSplitOptions.TrimEntries).Contains(part);

    private static bool TryParse(string text, out int[] values)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        values = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]) || values[i] < 1)
            {
                return false;
            }
        }

        return values.Length > 0;
    }
}
