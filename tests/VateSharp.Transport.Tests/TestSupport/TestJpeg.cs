// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;

namespace VateSharp.Transport.Tests.TestSupport;

/// <summary>Small real JPEGs whose size encodes a number, so a stub's box tells which frame it saw.</summary>
internal static class TestJpeg
{
    public static byte[] OfSize(int width, int height)
    {
        using var image = new Mat(height, width, MatType.CV_8UC3, new Scalar(40, 120, 200));
        Cv2.ImEncode(".jpg", image, out var bytes);
        return bytes;
    }

    /// <summary>A JPEG 16 + (id mod 500) pixels wide.</summary>
    public static byte[] ForFrame(ulong id) => OfSize(WidthOf(id), 8);

    public static int WidthOf(ulong id) => 16 + (int)(id % 500);
}
