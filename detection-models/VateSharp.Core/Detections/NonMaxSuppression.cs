// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Buffers;

namespace VateSharp.Core.Detections;

/// <summary>
/// Greedy non-maximum suppression: the best-scored box is kept and every remaining box that overlaps it by more
/// than the IoU threshold is dropped, then the next best survivor, and so on. Works in place on a span and
/// allocates nothing for up to 1024 candidates (a pooled array above that).
/// </summary>
public static class NonMaxSuppression
{
    private static readonly int StackLimit = 1024;

    /// <summary>
    /// Suppresses overlapping candidates. The span is reordered: the survivors end up at its front in descending
    /// score order (equal scores by class id), at most <paramref name="maxDetections"/> of them.
    /// </summary>
    /// <param name="candidates">The candidates; reordered in place.</param>
    /// <param name="iouThreshold">A box overlapping a kept one by more than this IoU is dropped; 1 keeps everything.</param>
    /// <param name="classAware">Compare only boxes of the same class (default) or all boxes.</param>
    /// <param name="maxDetections">The most survivors to keep.</param>
    /// <returns>The number of survivors at the front of <paramref name="candidates"/>.</returns>
    public static int Apply(
        Span<DetectionCandidate> candidates, float iouThreshold, bool classAware = true, int maxDetections = int.MaxValue)
    {
        if (iouThreshold is < 0f or > 1f || float.IsNaN(iouThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(iouThreshold), $"The IoU threshold must be in [0, 1], but it is {iouThreshold}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxDetections);
        if (candidates.Length == 0 || maxDetections == 0)
        {
            return 0;
        }

        // Grouping by class first makes class-aware suppression cost the sum of squares of per-class counts.
        if (classAware)
        {
            candidates.Sort(default(ByClassThenScore));
        }
        else
        {
            candidates.Sort(default(ByScore));
        }

        bool[]? rented = null;
        var suppressed = candidates.Length <= StackLimit
            ? stackalloc bool[candidates.Length]
            : (rented = ArrayPool<bool>.Shared.Rent(candidates.Length)).AsSpan(0, candidates.Length);
        suppressed.Clear();
        try
        {
            var kept = 0;
            var start = 0;
            while (start < candidates.Length)
            {
                var end = start + 1;
                while (end < candidates.Length && (!classAware || candidates[end].ClassId == candidates[start].ClassId))
                {
                    end++;
                }

                kept = SuppressGroup(candidates, suppressed, start, end, kept, iouThreshold);
                start = end;
            }

            var survivors = candidates[..kept];
            if (classAware)
            {
                survivors.Sort(default(ByScore));
            }

            return Math.Min(kept, maxDetections);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<bool>.Shared.Return(rented);
            }
        }
    }

    private static int SuppressGroup(
        Span<DetectionCandidate> candidates, Span<bool> suppressed, int start, int end, int kept, float iouThreshold)
    {
        for (var i = start; i < end; i++)
        {
            if (suppressed[i])
            {
                continue;
            }

            var best = candidates[i];
            for (var j = i + 1; j < end; j++)
            {
                if (!suppressed[j] && best.Box.IoU(candidates[j].Box) > iouThreshold)
                {
                    suppressed[j] = true;
                }
            }

            // Survivors move to the front; slot `kept` is at or before i, so nothing still needed is overwritten.
            candidates[kept++] = best;
        }

        return kept;
    }

    private readonly struct ByScore : IComparer<DetectionCandidate>
    {
        public int Compare(DetectionCandidate x, DetectionCandidate y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.ClassId.CompareTo(y.ClassId);
    }

    private readonly struct ByClassThenScore : IComparer<DetectionCandidate>
    {
        public int Compare(DetectionCandidate x, DetectionCandidate y) =>
            x.ClassId != y.ClassId ? x.ClassId.CompareTo(y.ClassId) : y.Score.CompareTo(x.Score);
    }
}
