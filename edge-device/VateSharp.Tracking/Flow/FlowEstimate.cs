// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;

namespace VateSharp.Tracking.Flow;

/// <summary>
/// The robust motion of one box from its point pairs: the median displacement and the median ratio of
/// pairwise distances (Kalal, Mikolajczyk and Matas, "Forward-Backward Error: Automatic Detection of Tracking
/// Failures", ICPR 2010).
/// </summary>
internal static class FlowEstimate
{
    /// <summary>
    /// Estimates translation and scale from surviving pairs; <see langword="false"/> when too few survive.
    /// Of the pairs that pass the absolute forward-backward limit only the better half is kept, as the paper does.
    /// </summary>
    public static bool TryEstimate(
        ReadOnlySpan<Point2f> before,
        ReadOnlySpan<Point2f> after,
        ReadOnlySpan<float> forwardBackwardError,
        ReadOnlySpan<bool> tracked,
        MedianFlowOptions options,
        out float dx,
        out float dy,
        out float scale)
    {
        dx = dy = 0f;
        scale = 1f;

        var candidates = new List<int>(before.Length);
        for (var i = 0; i < before.Length; i++)
        {
            if (tracked[i] && forwardBackwardError[i] <= options.MaxForwardBackwardError)
            {
                candidates.Add(i);
            }
        }

        if (candidates.Count < options.MinPoints)
        {
            return false;
        }

        var errors = new float[candidates.Count];
        for (var k = 0; k < candidates.Count; k++)
        {
            errors[k] = forwardBackwardError[candidates[k]];
        }

        var errorMedian = Median(errors);
        var kept = new List<int>(candidates.Count);
        foreach (var i in candidates)
        {
            if (forwardBackwardError[i] <= errorMedian)
            {
                kept.Add(i);
            }
        }

        if (kept.Count < options.MinPoints)
        {
            return false;
        }

        var xs = new float[kept.Count];
        var ys = new float[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            xs[k] = after[kept[k]].X - before[kept[k]].X;
            ys[k] = after[kept[k]].Y - before[kept[k]].Y;
        }

        dx = Median(xs);
        dy = Median(ys);
        scale = Math.Clamp(
            MedianDistanceRatio(before, after, kept),
            1f / (1f + options.MaxScaleChangePerStep),
            1f + options.MaxScaleChangePerStep);
        return true;
    }

    private static float MedianDistanceRatio(ReadOnlySpan<Point2f> before, ReadOnlySpan<Point2f> after, List<int> kept)
    {
        var ratios = new List<float>(kept.Count * (kept.Count - 1) / 2);
        for (var a = 0; a < kept.Count; a++)
        {
            for (var b = a + 1; b < kept.Count; b++)
            {
                var d0 = Distance(before[kept[a]], before[kept[b]]);

                // Points closer than a pixel give ratios dominated by sub-pixel noise.
                if (d0 >= 1f)
                {
                    ratios.Add(Distance(after[kept[a]], after[kept[b]]) / d0);
                }
            }
        }

        return ratios.Count == 0 ? 1f : Median(ratios.ToArray());
    }

    private static float Distance(Point2f a, Point2f b)
    {
        var x = a.X - b.X;
        var y = a.Y - b.Y;
        return MathF.Sqrt((x * x) + (y * y));
    }

    private static float Median(float[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : 0.5f * (values[middle - 1] + values[middle]);
    }
}
