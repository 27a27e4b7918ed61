// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Cloud.Ensemble.Fusion;

/// <summary>
/// Greedy non-maximum merging of one model's boxes from overlapping tiles, in the manner SAHI (Akyon et al., 2022,
/// "Slicing aided hyper inference") merges sliced predictions: the best box absorbs every lower-scored box of its
/// class that overlaps it by intersection over the smaller area, growing to their union. IoS rather than IoU lets
/// the half of an object cut by a tile border merge with the whole object seen in the full frame.
/// </summary>
public static class GreedyMerge
{
    /// <summary>Merges overlapping same-class boxes; the result is sorted by score.</summary>
    /// <param name="detections">Boxes from all tiles, in full-frame pixels.</param>
    /// <param name="matchThreshold">Intersection over the smaller box at or above which two boxes merge. SAHI's default 0.5.</param>
    public static IReadOnlyList<Detection> Merge(IReadOnlyList<Detection> detections, float matchThreshold = 0.5f)
    {
        ArgumentNullException.ThrowIfNull(detections);
        var ordered = detections.OrderByDescending(d => d.Score).ToArray();
        var used = new bool[ordered.Length];
        var merged = new List<Detection>();
        for (var i = 0; i < ordered.Length; i++)
        {
            if (used[i])
            {
                continue;
            }

            var keep = ordered[i];
            var box = keep.Box;
            for (var j = i + 1; j < ordered.Length; j++)
            {
                if (!used[j] && ordered[j].ClassId == keep.ClassId && IntersectionOverSmaller(keep.Box, ordered[j].Box) >= matchThreshold)
                {
                    used[j] = true;
                    box = new BoundingBox(
                        MathF.Min(box.X1, ordered[j].Box.X1), MathF.Min(box.Y1, ordered[j].Box.Y1),
                        MathF.Max(box.X2, ordered[j].Box.X2), MathF.Max(box.Y2, ordered[j].Box.Y2));
                }
            }

            merged.Add(keep with { Box = box });
        }

        return merged;
    }

    /// <summary>Intersection area divided by the smaller box's area; 0 when either is empty.</summary>
    public static float IntersectionOverSmaller(BoundingBox a, BoundingBox b)
    {
        var iw = MathF.Min(a.X2, b.X2) - MathF.Max(a.X1, b.X1);
        var ih = MathF.Min(a.Y2, b.Y2) - MathF.Max(a.Y1, b.Y1);
        var smaller = MathF.Min(a.Area, b.Area);
        return iw <= 0f || ih <= 0f || smaller <= 0f ? 0f : iw * ih / smaller;
    }
}
