// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>
/// Predicts a JPEG's size from its quality and pixel count: a prior curve of bits per pixel against quality
/// for detailed outdoor scenes, times a content factor learned from the sizes real encodes produced
/// (exponentially weighted, newest weight 0.3), so the prediction adapts to the video within a few frames.
/// </summary>
public sealed class JpegSizeModel
{
    // Bits per pixel of baseline JPEG (4:2:0) on detailed outdoor imagery, a deliberately pessimistic prior:
    // the learned factor only has to shrink it, and an early overestimate costs quality, not deadlines.
    private static readonly (int Quality, double BitsPerPixel)[] Prior =
    [
        (10, 0.35), (30, 0.8), (50, 1.1), (70, 1.6), (80, 2.0), (90, 3.0), (95, 4.2), (100, 8.0),
    ];

    private const double Weight = 0.3;

    /// <summary>Gets the learned ratio of real to prior sizes (1 before any observation).</summary>
    public double ContentFactor { get; private set; } = 1.0;

    /// <summary>Predicts the size in bytes of a <paramref name="width"/> x <paramref name="height"/> image at <paramref name="quality"/>.</summary>
    public double PredictBytes(int quality, int width, int height) =>
        ContentFactor * PriorBitsPerPixel(quality) * width * height / 8.0;

    /// <summary>Learns from one real encode.</summary>
    public void Observe(in EncodedFrame encoded)
    {
        if (encoded.Width <= 0 || encoded.Height <= 0 || encoded.Bytes <= 0)
        {
            return;
        }

        var ratio = encoded.Bytes / (PriorBitsPerPixel(encoded.JpegQuality) * encoded.Width * encoded.Height / 8.0);
        ContentFactor += Weight * (ratio - ContentFactor);
    }

    private static double PriorBitsPerPixel(int quality)
    {
        quality = Math.Clamp(quality, 1, 100);
        if (quality <= Prior[0].Quality)
        {
            return Prior[0].BitsPerPixel;
        }

        for (var i = 1; i < Prior.Length; i++)
        {
            if (quality <= Prior[i].Quality)
            {
                var (q0, b0) = Prior[i - 1];
                var (q1, b1) = Prior[i];
                return b0 + ((b1 - b0) * (quality - q0) / (q1 - q0));
            }
        }

        return Prior[^1].BitsPerPixel;
    }
}
