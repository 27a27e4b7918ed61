// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Buffers.Binary;
using SkiaSharp;

namespace VateSharp.Benchmark.Tests.Reporting;

/// <summary>Checks that a file is a PNG of a given size: signature, IHDR, and a full decode by SkiaSharp.</summary>
internal static class PngAssert
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void IsPng(string path, int width, int height)
    {
        Assert.True(File.Exists(path), $"Expected a PNG at {path}, but there is no file.");
        var bytes = File.ReadAllBytes(path);

        Assert.True(bytes.Length > 24, $"{path} has only {bytes.Length} bytes.");
        Assert.Equal(Signature, bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.Equal("IEND"u8.ToArray(), bytes[^8..^4]);

        // Decoding every pixel proves the compressed data is whole, not just the header.
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
    }
}
