// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Cloud.Ensemble.Fusion;
using VateSharp.Cloud.Ensemble.Slicing;

namespace VateSharp.Cloud.Ensemble;

/// <summary>What the cloud tier runs: which catalogue models, how each is sliced, and how they are fused.</summary>
public sealed record CloudComposition
{
    /// <summary>Gets the default composition, chosen by measurement on the 100 VOC images (docs/cloud.md).</summary>
    public static CloudComposition Default { get; } = new();

    /// <summary>Gets the catalogue models (or model paths). Default <c>picodet-s-416</c> and <c>yolox-nano</c>.</summary>
    public IReadOnlyList<string> Models { get; init; } = ["picodet-s-416", "yolox-nano"];

    /// <summary>Gets one weight per model; empty (default) gives each weight 1.</summary>
    public IReadOnlyList<float> Weights { get; init; } = [];

    /// <summary>Gets the tiling; <see langword="null"/> runs each model on the full frame only. Default none.</summary>
    public SliceOptions? Slices { get; init; }

    /// <summary>Gets the fusion settings. Default <see cref="WbfOptions.Default"/>.</summary>
    public WbfOptions Fusion { get; init; } = WbfOptions.Default;

    /// <summary>Gets a short description, e.g. <c>picodet-s-416+yolox-nano, slices 2x2 overlap 0.2 + full, WBF IoU 0.55</c>.</summary>
    public string Describe() =>
        string.Join("+", Models)
        + (Slices is { } s
            ? string.Create(CultureInfo.InvariantCulture, $", slices {s.Columns}x{s.Rows} overlap {s.Overlap:0.##}{(s.IncludeFullFrame ? " + full frame" : string.Empty)}")
            : ", full frame only")
        + (Models.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $", WBF IoU {Fusion.IouThreshold:0.##}") : string.Empty);

    /// <summary>Returns the configuration problems, each a sentence.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Models.Count is 0 or > 8)
        {
            problems.Add($"The cloud needs 1 to 8 models; got {Models.Count}.");
        }

        if (Weights.Count != 0 && Weights.Count != Models.Count)
        {
            problems.Add($"Give one weight per model ({Models.Count}) or none; got {Weights.Count}.");
        }

        if (Weights.Any(w => !(w > 0f) || !float.IsFinite(w)))
        {
            problems.Add("Model weights must be positive numbers.");
        }

        if (!(Fusion.IouThreshold is > 0f and < 1f))
        {
            problems.Add($"The WBF IoU threshold must be in (0, 1); got {Fusion.IouThreshold}.");
        }

        if (Slices is not null)
        {
            problems.AddRange(Slices.Validate());
        }

        return problems;
    }
}
