// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Buffers.Binary;

namespace VateSharp.Datasets;

/// <summary>
/// Reads an image's width and height from its header without decoding pixels: JPEG (the first SOF marker),
/// PNG (IHDR) and BMP.
/// </summary>
public static class ImageHeader
{
    /// <summary>Reads the size of an image file.</summary>
    /// <param name="path">A JPEG, PNG or BMP file.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <returns><see langword="false"/> when the file is not one of those formats or its header is cut short.</returns>
    public static bool TryReadSize(string path, out int width, out int height)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        width = height = 0;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            Span<byte> head = stackalloc byte[26];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read >= 24 && head[0] == 0x89 && head[1] == (byte)'P' && head[2] == (byte)'N' && head[3] == (byte)'G')
            {
                width = BinaryPrimitives.ReadInt32BigEndian(head[16..]);
                height = BinaryPrimitives.ReadInt32BigEndian(head[20..]);
                return width > 0 && height > 0;
            }

            if (read >= 26 && head[0] == (byte)'B' && head[1] == (byte)'M')
            {
                width = BinaryPrimitives.ReadInt32LittleEndian(head[18..]);
                height = Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(head[22..]));
                return width > 0 && height > 0;
            }

            if (read >= 2 && head[0] == 0xFF && head[1] == 0xD8)
            {
                stream.Position = 2;
                return TryReadJpeg(stream, out width, out height);
            }
        }
        catch (IOException)
        {
            // Unreadable is reported the same way as unrecognised.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }

        return false;
    }

    /// <summary>Reads the size of an image file or throws a <see cref="DatasetException"/> naming it.</summary>
    /// <param name="path">A JPEG, PNG or BMP file.</param>
    /// <returns>The width and height.</returns>
    public static (int Width, int Height) ReadSize(string path) =>
        TryReadSize(path, out var width, out var height)
            ? (width, height)
            : throw new DatasetException($"'{path}' is not a readable JPEG, PNG or BMP image (its header gives no size).");

    private static bool TryReadJpeg(Stream stream, out int width, out int height)
    {
        width = height = 0;
        Span<byte> buffer = stackalloc byte[7];
        while (true)
        {
            // Find the next marker, skipping fill bytes.
            var b = stream.ReadByte();
            if (b < 0)
            {
                return false;
            }

            if (b != 0xFF)
            {
                continue;
            }

            var marker = stream.ReadByte();
            while (marker == 0xFF)
            {
                marker = stream.ReadByte();
            }

            if (marker < 0 || marker == 0xD9 || marker == 0xDA)
            {
                // End of image, or start of scan without a frame header before it.
                return false;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (stream.ReadAtLeast(buffer[..2], 2, throwOnEndOfStream: false) < 2)
            {
                return false;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(buffer);
            var isFrameHeader = marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
            if (isFrameHeader)
            {
                if (stream.ReadAtLeast(buffer[..5], 5, throwOnEndOfStream: false) < 5)
                {
                    return false;
                }

                height = BinaryPrimitives.ReadUInt16BigEndian(buffer[1..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(buffer[3..]);
                return width > 0 && height > 0;
            }

            if (length < 2)
            {
                return false;
            }

            stream.Seek(length - 2, SeekOrigin.Current);
        }
    }
}
