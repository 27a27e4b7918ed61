// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Cloud.Ensemble.Fusion;

/// <summary>Greedy class-wise non-maximum suppression: the best box of a class suppresses its overlaps.</summary>
public static class ClassNms
{
    /// <summary>Keeps, per class, boxes that overlap no better-scored kept box by IoU at or above the threshold.</summary>
    /// <param name="detections">Boxes in one pixel frame.</param>
    /// <param name="iouThreshold">Suppression IoU, in (0, 1].</param>
    /// <returns>The kept boxes, highest score first.</returns>
    public static IReadOnlyList<Detection> Suppress(IReadOnlyList<Detection> detections, float iouThreshold)
    {
        ArgumentNullException.ThrowIfNull(detections);
        var kept = new List<Detection>();
        foreach (var candidate in detections.OrderByDescending(d => d.Score))
        {
            if (!kept.Any(k => k.ClassId == candidate.ClassId && k.Box.IoU(candidate.Box) >= iouThreshold))
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }
}
