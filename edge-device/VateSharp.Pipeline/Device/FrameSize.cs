// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text.Json.Serialization;

namespace VateSharp.Pipeline.Device;

/// <summary>
/// The largest image a tier is sent, as <c>WIDTHxHEIGHT</c>: a frame is shrunk to fit inside it keeping its aspect
/// ratio and is never enlarged. <see cref="Native"/> (<c>native</c>) sends frames as decoded.
/// </summary>
/// <param name="Width">The largest width in pixels; 0 for <see cref="Native"/>.</param>
/// <param name="Height">The largest height in pixels; 0 for <see cref="Native"/>.</param>
[JsonConverter(typeof(FrameSizeJsonConverter))]
public readonly record struct FrameSize(int Width, int Height)
{
    /// <summary>Gets the size that keeps frames as decoded.</summary>
    public static FrameSize Native { get; } = new(0, 0);

    /// <summary>Gets a value indicating whether frames keep their decoded size.</summary>
    public bool IsNative => Width <= 0 || Height <= 0;

    /// <summary>Parses <c>640x512</c> (either case of x) or <c>native</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="size">The size when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a size from 16x16 to 8192x8192 or <c>native</c>.</returns>
    public static bool TryParse(string? text, out FrameSize size)
    {
        size = Native;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Equals("native", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var parts = trimmed.Split('x', 'X');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || width is < 16 or > 8192 || height is < 16 or > 8192)
        {
            return false;
        }

        size = new FrameSize(width, height);
        return true;
    }

    /// <summary>Returns the factor that fits a frame inside this size (at most 1; 1 for <see cref="Native"/>).</summary>
    /// <param name="frameWidth">The frame's width in pixels.</param>
    /// <param name="frameHeight">The frame's height in pixels.</param>
    public double FitScale(int frameWidth, int frameHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameHeight);

        return IsNative ? 1.0 : Math.Min(1.0, Math.Min(Width / (double)frameWidth, Height / (double)frameHeight));
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsNative ? "native" : string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");
}
