// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>Shrinks a frame to a tier's size and encodes it as JPEG (on whatever worker calls it).</summary>
internal static class JpegFrameEncoder
{
    /// <summary>Encodes <paramref name="image"/> fitted inside <paramref name="size"/> and scaled by the encoding's factor.</summary>
    /// <returns>The JPEG bytes and the encoded width and height.</returns>
    public static (byte[] Jpeg, int Width, int Height) Encode(Mat image, FrameSize size, FrameEncoding encoding)
    {
        var scale = size.FitScale(image.Width, image.Height) * Math.Clamp(encoding.Scale, 0.01, 1.0);
        var width = Math.Max(16, (int)Math.Round(image.Width * scale));
        var height = Math.Max(16, (int)Math.Round(image.Height * scale));
        var parameters = new ImageEncodingParam(ImwriteFlags.JpegQuality, Math.Clamp(encoding.JpegQuality, 1, 100));
        if (width >= image.Width && height >= image.Height)
        {
            Cv2.ImEncode(".jpg", image, out var whole, parameters);
            return (whole, image.Width, image.Height);
        }

        // Area interpolation averages the pixels a shrink drops, so small objects keep their outline.
        using var resized = new Mat();
        Cv2.Resize(image, resized, new Size(width, height), 0, 0, InterpolationFlags.Area);
        Cv2.ImEncode(".jpg", resized, out var jpeg, parameters);
        return (jpeg, width, height);
    }
}
