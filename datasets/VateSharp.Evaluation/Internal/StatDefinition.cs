// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Internal;

/// <summary>One of the twelve numbers of pycocotools' summarize(): which slice of precision or recall it averages.</summary>
/// <param name="Key">The short name (AP, AP50, ..., ARl).</param>
/// <param name="IsPrecision">Whether it averages precision (AP) rather than recall (AR).</param>
/// <param name="Iou">The single IoU threshold it uses, or <see langword="null"/> for all of them.</param>
/// <param name="Area">The area-range label.</param>
/// <param name="MaxDetections">The detection limit it reads.</param>
internal readonly record struct StatDefinition(string Key, bool IsPrecision, double? Iou, string Area, int MaxDetections)
{
    /// <summary>
    /// The twelve definitions for the given sorted limits. The first reads the literal limit 100 because
    /// _summarize's default argument is maxDets=100 and summarize() does not pass one for it.
    /// </summary>
    public static StatDefinition[] For(IReadOnlyList<int> maxDets) =>
    [
        new("AP", true, null, "all", 100),
        new("AP50", true, 0.5, "all", maxDets[2]),
        new("AP75", true, 0.75, "all", maxDets[2]),
        new("APs", true, null, "small", maxDets[2]),
        new("APm", true, null, "medium", maxDets[2]),
        new("APl", true, null, "large", maxDets[2]),
        new("AR1", false, null, "all", maxDets[0]),
        new("AR10", false, null, "all", maxDets[1]),
        new("AR100", false, null, "all", maxDets[2]),
        new("ARs", false, null, "small", maxDets[2]),
        new("ARm", false, null, "medium", maxDets[2]),
        new("ARl", false, null, "large", maxDets[2]),
    ];
}
