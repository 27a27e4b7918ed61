// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking;

/// <summary>The names <see cref="TrackerFactory"/> accepts.</summary>
public static class TrackerNames
{
    /// <summary>Sparse optical flow of the box contents, median translation and scale (the default).</summary>
    public const string MedianFlow = "median-flow";

    /// <summary>Constant-velocity Kalman filter per box; needs no image.</summary>
    public const string Motion = "motion";

    /// <summary>OpenCV's KCF correlation-filter tracker, one per object (fixed box size, like VATE's MOSSE).</summary>
    public const string Kcf = "kcf";

    /// <summary>Gets every accepted name.</summary>
    public static IReadOnlyList<string> All { get; } = [MedianFlow, Motion, Kcf];
}
