// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using CommandLine;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of the <c>eval</c> verb.</summary>
[Verb("eval", HelpText =
    "Score COCO results against COCO ground truth exactly as pycocotools' COCOeval (bbox) does, and " +
    "print its summarize() table.")]
public sealed class EvalOptions : VateSharp.Cli.VerbOptions
{
    /// <summary>Gets the ground-truth file.</summary>
    [Value(0, MetaName = "annotations.json", Required = true, HelpText =
        "COCO ground truth; its images and categories are the evaluated set.")]
    public string Annotations { get; init; } = string.Empty;

    /// <summary>Gets the results file.</summary>
    [Value(1, MetaName = "results.json", Required = true, HelpText =
        "COCO results: an array of {image_id, category_id, bbox, score}, or an object with its own images" +
        " and categories (then matched by file name and category name).")]
    public string Results { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether to print JSON.</summary>
    [Option("json", HelpText =
        "Print one JSON object with keys AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs, ARm, ARl " +
        "(plus categories/sequences when asked).")]
    public bool Json { get; init; }

    /// <summary>Gets the detection limits.</summary>
    [Option("max-dets", Default = "1,10,100", HelpText =
        "Three detection limits per image (default 1,10,100; VATE uses 100,500,1000). AP reads limit 100 " +
        "as pycocotools does, the other AP columns and AR100 the third.")]
    public string MaxDets { get; init; } = "1,10,100";

    /// <summary>Gets a value indicating whether to add a per-category breakdown.</summary>
    [Option("per-category", HelpText = "Also print AP, AP50, AP75 and AR (third limit) for each category.")]
    public bool PerCategory { get; init; }

    /// <summary>Gets a value indicating whether to add a per-sequence breakdown.</summary>
    [Option("per-sequence", HelpText = "Also print the numbers for each sequence (the folder part of file_name).")]
    public bool PerSequence { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        if (TryParseMaxDets(out _) is { } problem)
        {
            yield return problem;
        }
    }

    /// <summary>Parses <see cref="MaxDets"/>, or returns the problem as one sentence.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>Null when valid; otherwise the message.</returns>
    public string? TryParseMaxDets(out int[] limits)
    {
        var parts = MaxDets.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        limits = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out limits[i]) || limits[i] < 1)
            {
                return $"--max-dets must be three positive whole numbers such as 1,10,100, got '{MaxDets}'.";
            }
        }

        return limits.Length == 3 ? null : $"--max-dets needs exactly three limits such as 1,10,100, got {limits.Length}.";
    }
}
