// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Runtime.CompilerServices;

namespace VateSharp.Evaluation.Internal;

/// <summary>
/// pycocotools' accumulate(): per category, area range and detection limit, the precision at each recall point and
/// the final recall, over the images a filter keeps (all of them for the plain summary).
/// </summary>
internal static class Accumulator
{
    // np.spacing(1): pycocotools adds it to tp + fp so that precision is 0, not NaN, before the first detection.
    private static readonly double Spacing1 = 2.220446049250313e-16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CocoAccumulation Run(CocoEvaluation evaluation, Func<int, bool>? imageFilter)
    {
        var options = evaluation.Options;
        var shape = new Shape(
            options.IouThresholds.Count,
            options.RecallThresholds.Count,
            evaluation.CategoryIds.Count,
            options.AreaRanges.Count,
            options.MaxDetections.Count);
        var precision = new double[shape.T * shape.R * shape.K * shape.A * shape.M];
        var recall = new double[shape.T * shape.K * shape.A * shape.M];
        Array.Fill(precision, -1);
        Array.Fill(recall, -1);

        var recallThresholds = options.RecallThresholds.ToArray();
        Parallel.For(0, shape.K, k =>
        {
            var groups = evaluation.GroupsOf(k).Where(g => imageFilter is null || imageFilter(g.ImageIndex)).ToArray();

            // Categories with neither ground truth nor detections in the kept images stay at -1.
            if (groups.Length == 0)
            {
                return;
            }

            var order = SortAcrossImages(groups);
            var kept = new int[order.Length];
            var rc = new double[order.Length];
            var pr = new double[order.Length];
            for (var m = 0; m < shape.M; m++)
            {
                // Each image contributes its best maxDet detections; the merged order is the same for every limit.
                var maxDet = options.MaxDetections[m];
                var n = 0;
                for (var i = 0; i < order.Length; i++)
                {
                    if (order[i].Rank < maxDet)
                    {
                        kept[n++] = i;
                    }
                }

                for (var a = 0; a < shape.A; a++)
                {
                    var npig = groups.Sum(g => g.CountedGroundTruth[a]);
                    if (npig == 0)
                    {
                        continue;
                    }

                    for (var t = 0; t < shape.T; t++)
                    {
                        Curve(order, kept.AsSpan(0, n), groups, shape.T * a + t, npig, rc, pr);
                        recall[shape.RecallIndex(t, k, a, m)] = n > 0 ? rc[n - 1] : 0;
                        Interpolate(pr.AsSpan(0, n), rc.AsSpan(0, n), recallThresholds, precision, shape, t, k, a, m);
                    }
                }
            }
        });

        return new CocoAccumulation(evaluation, shape, precision, recall);
    }

    /// <summary>
    /// Merges the groups' detections, image order then rank, and sorts them by score, highest first and stable
    /// on that merged order (np.argsort(-dtScores, kind='mergesort')).
    /// </summary>
    private static Entry[] SortAcrossImages(EvaluatedGroup[] groups)
    {
        var entries = new Entry[groups.Sum(g => g.Scores.Length)];
        var next = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            for (var d = 0; d < groups[g].Scores.Length; d++)
            {
                entries[next] = new Entry(groups[g].Scores[d], g, d, next);
                next++;
            }
        }

        Array.Sort(entries, static (x, y) =>
        {
            var byScore = y.Score.CompareTo(x.Score);
            return byScore != 0 ? byScore : x.Position.CompareTo(y.Position);
        });
        return entries;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Curve(
        Entry[] order,
        ReadOnlySpan<int> kept,
        EvaluatedGroup[] groups,
        int areaThreshold,
        int npig,
        double[] rc,
        double[] pr)
    {
        // Cumulative true and false positives over the kept detections; ignored ones stay in as flat steps.
        double tp = 0, fp = 0;
        for (var i = 0; i < kept.Length; i++)
        {
            var entry = order[kept[i]];
            var group = groups[entry.Group];
            var flag = group.Flags[(areaThreshold * group.Scores.Length) + entry.Rank];
            if ((flag & EvaluatedGroup.Ignored) == 0)
            {
                if ((flag & EvaluatedGroup.Matched) != 0)
                {
                    tp++;
                }
                else
                {
                    fp++;
                }
            }

            rc[i] = tp / npig;
            pr[i] = tp / (fp + tp + Spacing1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Interpolate(
        Span<double> pr,
        ReadOnlySpan<double> rc,
        double[] recallThresholds,
        double[] precision,
        Shape shape,
        int t,
        int k,
        int a,
        int m)
    {
        // Precision is made non-increasing from the right, then read at the first point whose recall reaches each
        // threshold (np.searchsorted side='left'); pycocotools' try/except leaves 0 where no point reaches it.
        for (var i = pr.Length - 1; i > 0; i--)
        {
            if (pr[i] > pr[i - 1])
            {
                pr[i - 1] = pr[i];
            }
        }

        for (var r = 0; r < recallThresholds.Length; r++)
        {
            var position = LowerBound(rc, recallThresholds[r]);
            precision[shape.PrecisionIndex(t, r, k, a, m)] = position < rc.Length ? pr[position] : 0;
        }
    }

    private static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private readonly record struct Entry(double Score, int Group, int Rank, int Position);
}
