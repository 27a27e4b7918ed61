// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Buffers.Binary;

namespace VateSharp.Reporting.Exporters;

/// <summary>Reads the size of a PNG from its IHDR chunk without decoding the image.</summary>
internal static class PngHeader
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True when the bytes start with the PNG signature followed by an IHDR chunk.</summary>
    public static bool TryReadSize(ReadOnlySpan<byte> png, out int width, out int height)
    {
        width = 0;
        height = 0;

        // Signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4), ...
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || !png.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return false;
        }

        width = BinaryPrimitives.ReadInt32BigEndian(png.Slice(16, 4));
        height = BinaryPrimitives.ReadInt32BigEndian(png.Slice(20, 4));
        return width > 0 && height > 0;
    }
}
