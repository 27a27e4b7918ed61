// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking.Flow;

/// <summary>Settings of <see cref="MedianFlowTracker"/>; distances are in pixels of the shrunk gray frame.</summary>
public sealed class MedianFlowOptions
{
    /// <summary>Gets the defaults.</summary>
    public static MedianFlowOptions Default { get; } = new();

    /// <summary>
    /// Gets the most corner points taken per object. Default 10: on generated sequences 10 points were as
    /// accurate as 20 (mean IoU after 20 frames within 0.004) at about 70 % of the CPU time (docs/tracking.md).
    /// </summary>
    public int MaxPointsPerObject { get; init; } = 10;

    /// <summary>
    /// Gets the side of the point grid laid over a box whose contents have too few corners (flat or tiny
    /// objects). Default 4 (16 points).
    /// </summary>
    public int GridSide { get; init; } = 4;

    /// <summary>Gets how many points must survive the checks for a box to move. Default 3.</summary>
    public int MinPoints { get; init; } = 3;

    /// <summary>Gets the side of the Lucas-Kanade search window. Default 9.</summary>
    public int WindowSize { get; init; } = 9;

    /// <summary>Gets the number of pyramid levels above the base image (larger motions need more). Default 3.</summary>
    public int PyramidLevels { get; init; } = 3;

    /// <summary>
    /// Gets the largest distance between a point and where it lands after tracking forward and back again;
    /// points beyond it are discarded. Default 1.5.
    /// </summary>
    public float MaxForwardBackwardError { get; init; } = 1.5f;

    /// <summary>Gets the largest change of box size accepted from one frame to the next, as a fraction. Default 0.25.</summary>
    public float MaxScaleChangePerStep { get; init; } = 0.25f;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        Require(MaxPointsPerObject >= 1, nameof(MaxPointsPerObject), MaxPointsPerObject, "at least 1");
        Require(GridSide >= 2, nameof(GridSide), GridSide, "at least 2");
        Require(MinPoints >= 1, nameof(MinPoints), MinPoints, "at least 1");
        Require(WindowSize >= 3, nameof(WindowSize), WindowSize, "at least 3");
        Require(PyramidLevels is >= 0 and <= 8, nameof(PyramidLevels), PyramidLevels, "between 0 and 8");
        Require(MaxForwardBackwardError > 0f, nameof(MaxForwardBackwardError), MaxForwardBackwardError, "positive");
        Require(MaxScaleChangePerStep is > 0f and < 1f, nameof(MaxScaleChangePerStep), MaxScaleChangePerStep, "in (0, 1)");
    }

    private static void Require(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}, but it is {value}.");
        }
    }
}
