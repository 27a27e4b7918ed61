// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference.Preprocessing;

/// <summary>
/// The one unsafe kernel of the project: interleaved 8-bit BGR pixels (HWC, rows <c>stride</c> bytes apart) to a
/// planar float tensor (CHW), computing <c>value = pixel * Multiplier[c] + Offset[c]</c> per output channel and
/// optionally swapping red and blue on the way.
/// </summary>
public static class NormalisationKernel
{
    /// <summary>Converts one image.</summary>
    /// <param name="source">The pixels, at least <c>(height - 1) * stride + width * 3</c> bytes.</param>
    /// <param name="width">The image width in pixels.</param>
    /// <param name="height">The image height in pixels.</param>
    /// <param name="stride">The distance between the starts of two rows in bytes (at least <c>width * 3</c>).</param>
    /// <param name="destination">The tensor, at least <c>3 * width * height</c> floats: plane 0, plane 1, plane 2.</param>
    /// <param name="coefficients">The per-output-channel multiplier and offset.</param>
    /// <param name="swapRedBlue">Write R, G, B planes (for RGB models) instead of B, G, R.</param>
    public static unsafe void Apply(
        ReadOnlySpan<byte> source,
        int width,
        int height,
        int stride,
        Span<float> destination,
        in ChannelCoefficients coefficients,
        bool swapRedBlue)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (stride < width * 3)
        {
            throw new ArgumentOutOfRangeException(nameof(stride), $"The row stride must be at least {width * 3} bytes, but it is {stride}.");
        }

        var plane = width * height;
        if (source.Length < ((height - 1) * stride) + (width * 3))
        {
            throw new ArgumentException($"The source holds {source.Length} bytes, fewer than a {width}x{height} image with stride {stride} needs.", nameof(source));
        }

        if (destination.Length < 3 * plane)
        {
            throw new ArgumentException($"The destination holds {destination.Length} floats, fewer than the {3 * plane} a {width}x{height} tensor needs.", nameof(destination));
        }

        // Output plane k reads input byte k of each pixel, or byte 2 - k when red and blue are swapped.
        var first = swapRedBlue ? 2 : 0;
        var last = swapRedBlue ? 0 : 2;
        float m0 = coefficients.Multiplier0, m1 = coefficients.Multiplier1, m2 = coefficients.Multiplier2;
        float o0 = coefficients.Offset0, o1 = coefficients.Offset1, o2 = coefficients.Offset2;
        fixed (byte* src = source)
        fixed (float* dst = destination)
        {
            var d0 = dst;
            var d1 = dst + plane;
            var d2 = dst + (2 * plane);
            for (var y = 0; y < height; y++)
            {
                var row = src + ((long)y * stride);
                var o = y * width;
                for (var x = 0; x < width; x++)
                {
                    var p = row + (x * 3);
                    d0[o + x] = (p[first] * m0) + o0;
                    d1[o + x] = (p[1] * m1) + o1;
                    d2[o + x] = (p[last] * m2) + o2;
                }
            }
        }
    }
}
