// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Runtime.CompilerServices;

namespace VateSharp.Evaluation.Internal;

/// <summary>
/// pycocotools' computeIoU and evaluateImg for one (category, image), all area ranges in one pass. Every rule
/// follows PythonAPI/pycocotools/cocoeval.py and common/maskApi.c (bbIou) of cocodataset/cocoapi; the comments
/// name the rule where it is easy to get wrong.
/// </summary>
internal sealed class GroupMatcher
{
    // pycocotools caps the IoU threshold just below 1 so that a perfect overlap still matches at threshold 1.0.
    private static readonly double ThresholdCap = 1 - 1e-10;

    private readonly BoxTable _gt;
    private readonly BoxTable _dt;
    private readonly double[] _iouThresholds;
    private readonly IReadOnlyList<AreaRange> _areas;
    private readonly int _maxDetections;

    public GroupMatcher(BoxTable gt, BoxTable dt, CocoEvaluationOptions options, int maxDetections)
    {
        _gt = gt;
        _dt = dt;
        _iouThresholds = [.. options.IouThresholds];
        _areas = options.AreaRanges;
        _maxDetections = maxDetections;
    }

    /// <summary>Evaluates one group; the spans list box indices in file order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EvaluatedGroup Evaluate(int category, int image, ReadOnlySpan<int> gts, ReadOnlySpan<int> dts)
    {
        var dt = SortByScore(dts);
        var scores = new double[dt.Length];
        for (var d = 0; d < dt.Length; d++)
        {
            scores[d] = _dt.Score[dt[d]];
        }

        var ious = ComputeIoU(gts, dt);
        var thresholds = _iouThresholds.Length;
        var flags = new byte[_areas.Count * thresholds * dt.Length];
        var counted = new int[_areas.Count];
        var gtIgnore = new bool[gts.Length];
        var gtOrder = new int[gts.Length];
        var gtMatched = new bool[gts.Length];
        for (var a = 0; a < _areas.Count; a++)
        {
            var area = _areas[a];

            // A crowd box is always ignored; so is any box whose annotated area lies outside the range. Ignored
            // ground truth goes last, keeping file order within each part (np.argsort kind='mergesort').
            var next = 0;
            for (var pass = 0; pass < 2; pass++)
            {
                for (var g = 0; g < gts.Length; g++)
                {
                    var ignore = _gt.Crowd[gts[g]] || area.Excludes(_gt.Area[gts[g]]);
                    if (ignore == (pass == 1))
                    {
                        gtOrder[next] = g;
                        gtIgnore[next] = ignore;
                        next++;
                    }
                }
            }

            counted[a] = gtIgnore.Count(ignore => !ignore);
            for (var t = 0; t < thresholds; t++)
            {
                var slice = flags.AsSpan(((a * thresholds) + t) * dt.Length, dt.Length);
                Match(gts, dt, ious, gtOrder, gtIgnore, gtMatched, area, t, slice);
            }
        }

        return new EvaluatedGroup(category, image, scores, flags, counted);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Match(
        ReadOnlySpan<int> gts,
        int[] dt,
        double[]? ious,
        int[] gtOrder,
        bool[] gtIgnore,
        bool[] gtMatched,
        AreaRange area,
        int t,
        Span<byte> flags)
    {
        Array.Clear(gtMatched);
        var threshold = Math.Min(_iouThresholds[t], ThresholdCap);
        for (var d = 0; d < dt.Length; d++)
        {
            var best = threshold;
            var m = -1;
            if (ious is not null)
            {
                for (var k = 0; k < gtOrder.Length; k++)
                {
                    var g = gtOrder[k];
                    var crowd = _gt.Crowd[gts[g]];

                    // A matched regular gt is taken; a crowd gt can absorb any number of detections.
                    if (gtMatched[k] && !crowd)
                    {
                        continue;
                    }

                    // Once matched to a regular gt, stop at the first ignored one (they come last).
                    if (m > -1 && !gtIgnore[m] && gtIgnore[k])
                    {
                        break;
                    }

                    // A later gt with an equal IoU replaces the earlier one (the comparison is strict).
                    var iou = ious[(d * gts.Length) + g];
                    if (iou < best)
                    {
                        continue;
                    }

                    best = iou;
                    m = k;
                }
            }

            byte flag = 0;
            if (m > -1)
            {
                gtMatched[m] = true;

                // accumulate() tests the stored gt id for truth, so a match to annotation id 0 reads as no match.
                if (_gt.Id[gts[gtOrder[m]]] != 0)
                {
                    flag |= EvaluatedGroup.Matched;
                }

                if (gtIgnore[m])
                {
                    flag |= EvaluatedGroup.Ignored;
                }
            }

            // An unmatched detection outside the area range is ignored rather than counted as a false positive.
            if ((flag & EvaluatedGroup.Matched) == 0 && area.Excludes(_dt.Area[dt[d]]))
            {
                flag |= EvaluatedGroup.Ignored;
            }

            flags[d] = flag;
        }
    }

    /// <summary>Highest score first, file order on ties (np.argsort(-score, kind='mergesort')), cut to maxDets[-1].</summary>
    private int[] SortByScore(ReadOnlySpan<int> dts)
    {
        var order = dts.ToArray();
        var scores = _dt.Score;
        Array.Sort(order, (x, y) =>
        {
            var byScore = scores[y].CompareTo(scores[x]);
            return byScore != 0 ? byScore : x.CompareTo(y);
        });
        return order.Length > _maxDetections ? order[.._maxDetections] : order;
    }

    /// <summary>maskApi.c bbIou: no +1 on sides; a crowd gt divides the intersection by the detection's area.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[]? ComputeIoU(ReadOnlySpan<int> gts, int[] dt)
    {
        if (gts.Length == 0 || dt.Length == 0)
        {
            return null;
        }

        var ious = new double[dt.Length * gts.Length];
        for (var g = 0; g < gts.Length; g++)
        {
            var gi = gts[g];
            double gx = _gt.X[gi], gy = _gt.Y[gi], gw = _gt.W[gi], gh = _gt.H[gi];
            var ga = gw * gh;
            var crowd = _gt.Crowd[gi];
            for (var d = 0; d < dt.Length; d++)
            {
                var di = dt[d];
                double dx = _dt.X[di], dy = _dt.Y[di], dw = _dt.W[di], dh = _dt.H[di];
                var w = Math.Min(dw + dx, gw + gx) - Math.Max(dx, gx);
                if (w <= 0)
                {
                    continue;
                }

                var h = Math.Min(dh + dy, gh + gy) - Math.Max(dy, gy);
                if (h <= 0)
                {
                    continue;
                }

                var intersection = w * h;
                var da = dw * dh;
                var union = crowd ? da : da + ga - intersection;
                ious[(d * gts.Length) + g] = intersection / union;
            }
        }

        return ious;
    }
}
