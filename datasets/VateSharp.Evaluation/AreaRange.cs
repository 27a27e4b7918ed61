// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation;

/// <summary>An object-size range in square pixels; both ends belong to it, as in pycocotools.</summary>
/// <param name="Label">The name summaries look it up by: <c>all</c>, <c>small</c>, <c>medium</c> or <c>large</c>.</param>
/// <param name="Min">The smallest area in the range.</param>
/// <param name="Max">The largest area in the range.</param>
public readonly record struct AreaRange(string Label, double Min, double Max)
{
    /// <summary>Gets COCO's four ranges: all [0, 1e10], small [0, 32²], medium [32², 96²], large [96², 1e10].</summary>
    public static IReadOnlyList<AreaRange> CocoDefaults { get; } =
    [
        new("all", 0, 1e5 * 1e5),
        new("small", 0, 32 * 32),
        new("medium", 32 * 32, 96 * 96),
        new("large", 96 * 96, 1e5 * 1e5),
    ];

    /// <summary>Returns whether <paramref name="area"/> lies outside the range.</summary>
    /// <param name="area">An area in square pixels.</param>
    /// <returns><see langword="true"/> when the area is below <see cref="Min"/> or above <see cref="Max"/>.</returns>
    public bool Excludes(double area) => area < Min || area > Max;
}
