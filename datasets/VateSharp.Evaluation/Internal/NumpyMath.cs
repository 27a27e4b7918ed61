// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Internal;

/// <summary>
/// The two numpy operations whose rounding shows in COCO numbers, done the way numpy 1.x does them so the
/// results agree with pycocotools to the last bit rather than to the last printed digit.
/// </summary>
internal static class NumpyMath
{
    // numpy reduces contiguous float64 arrays in buffers of 8192 elements, each summed pairwise in blocks of 128
    // with eight accumulators (numpy/core/src/umath/loops_utils.h.src, pairwise_sum).
    private static readonly int ReduceBufferSize = 8192;
    private static readonly int PairwiseBlockSize = 128;

    /// <summary>np.linspace(start, stop, count) with endpoint: <c>start + i * step</c>, the last value exactly stop.</summary>
    public static double[] Linspace(double start, double stop, int count)
    {
        var values = new double[count];
        var step = (stop - start) / (count - 1);
        for (var i = 0; i < count; i++)
        {
            values[i] = (i * step) + start;
        }

        values[count - 1] = stop;
        return values;
    }

    /// <summary>np.mean of a one-dimensional float64 array.</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        for (var start = 0; start < values.Length; start += ReduceBufferSize)
        {
            sum += PairwiseSum(values.Slice(start, Math.Min(ReduceBufferSize, values.Length - start)));
        }

        return sum / values.Length;
    }

    private static double PairwiseSum(ReadOnlySpan<double> a)
    {
        if (a.Length < 8)
        {
            var res = 0.0;
            foreach (var value in a)
            {
                res += value;
            }

            return res;
        }

        if (a.Length <= PairwiseBlockSize)
        {
            Span<double> r = stackalloc double[8];
            a[..8].CopyTo(r);
            var i = 8;
            for (; i < a.Length - (a.Length % 8); i += 8)
            {
                for (var j = 0; j < 8; j++)
                {
                    r[j] += a[i + j];
                }
            }

            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < a.Length; i++)
            {
                res += a[i];
            }

            return res;
        }

        var half = a.Length / 2;
        half -= half % 8;
        return PairwiseSum(a[..half]) + PairwiseSum(a[half..]);
    }
}
