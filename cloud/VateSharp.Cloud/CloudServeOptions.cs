// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using CommandLine;
using VateSharp.Cloud.Ensemble;
using VateSharp.Cloud.Ensemble.Fusion;
using VateSharp.Cloud.Ensemble.Slicing;
using VateSharp.EdgeServer.Hosting;

namespace VateSharp.Cloud;

/// <summary>Options of <c>cloud [serve]</c>.</summary>
[Verb("serve", isDefault: true, HelpText = "Serve the cloud tier's composed detector over ZeroMQ (the default verb).")]
public sealed class CloudServeOptions : ServeOptionsBase
{
    /// <summary>Gets or sets the models.</summary>
    [Option("models", HelpText = "Comma-separated catalogue models (or paths) fused by weighted box fusion. Default picodet-s-416,yolox-nano.")]
    public string? Models { get; set; }

    /// <summary>Gets or sets the model weights.</summary>
    [Option("weights", HelpText = "Comma-separated fusion weight per model. Default 1 each.")]
    public string? Weights { get; set; }

    /// <summary>Gets or sets the tiling.</summary>
    [Option("slices", HelpText = "Tile grid COLSxROWS for sliced inference, e.g. 2x2; 1x1 = no slicing. Default 1x1.")]
    public string? Slices { get; set; }

    /// <summary>Gets or sets the tile overlap.</summary>
    [Option("overlap", HelpText = "Fraction of a tile shared with its neighbour, 0 to 0.9. Default 0.2.")]
    public float? Overlap { get; set; }

    /// <summary>Gets or sets whether the full frame runs too.</summary>
    [Option("full-frame", HelpText = "With slicing, also run each model on the full frame (true/false). Default true.")]
    public bool? FullFrame { get; set; }

    /// <summary>Gets or sets the WBF IoU.</summary>
    [Option("wbf-iou", HelpText = "IoU above which boxes of different models fuse. Default 0.55.")]
    public float? WbfIou { get; set; }

    /// <inheritdoc/>
    protected override string DefaultEndpoint => "tcp://*:5556";

    /// <summary>Builds the composition from flags, config and defaults.</summary>
    public CloudComposition ToComposition()
    {
        var defaults = CloudComposition.Default;
        SliceOptions? slices = null;
        if (Slices is { } grid && SliceOptions.TryParseGrid(grid, out var columns, out var rows) && columns * rows > 1)
        {
            slices = SliceOptions.Default with
            {
                Columns = columns,
                Rows = rows,
                Overlap = Overlap ?? SliceOptions.Default.Overlap,
                IncludeFullFrame = FullFrame ?? true,
            };
        }

        return defaults with
        {
            Models = Models is null ? defaults.Models : Split(Models),
            Weights = Weights is null ? [] : Split(Weights).Select(w => float.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : float.NaN).ToArray(),
            Slices = Slices is null ? defaults.Slices : slices,
            Fusion = WbfIou is { } iou ? new WbfOptions { IouThreshold = iou } : defaults.Fusion,
        };
    }

    /// <inheritdoc/>
    public override IEnumerable<string> Validate()
    {
        foreach (var problem in base.Validate())
        {
            yield return problem;
        }

        if (Slices is { } grid && !SliceOptions.TryParseGrid(grid, out _, out _))
        {
            yield return $"--slices must look like 2x2 (columns x rows, 1 to 8 each); got '{grid}'.";
            yield break;
        }

        foreach (var problem in ToComposition().Validate())
        {
            yield return problem;
        }
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
