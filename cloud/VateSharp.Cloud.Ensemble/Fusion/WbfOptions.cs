// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Cloud.Ensemble.Fusion;

/// <summary>Settings of weighted box fusion.</summary>
public sealed record WbfOptions
{
    /// <summary>Gets the defaults: IoU 0.55, no skip threshold, confidence rescaled by the number of models.</summary>
    public static WbfOptions Default { get; } = new();

    /// <summary>Gets the IoU with a cluster's fused box above which a box joins that cluster. Default 0.55 (the paper's).</summary>
    public float IouThreshold { get; init; } = 0.55f;

    /// <summary>Gets the score below which a model's box is ignored before fusion. Default 0.</summary>
    public float SkipBoxThreshold { get; init; }

    /// <summary>
    /// Gets a value indicating whether a fused confidence is scaled by min(T, N) / N (T boxes in the cluster, N
    /// models), so a box only one of several models found loses confidence. Default <see langword="true"/>.
    /// </summary>
    public bool RescaleByModelCount { get; init; } = true;
}
