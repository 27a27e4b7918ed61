// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking;

/// <summary>How a decoded frame is reduced to what trackers need.</summary>
public sealed class TrackingFrameOptions
{
    /// <summary>Gets the defaults.</summary>
    public static TrackingFrameOptions Default { get; } = new();

    /// <summary>
    /// Gets the largest width of the gray copy, in pixels; wider frames are shrunk keeping their aspect ratio,
    /// narrower ones are kept as they are. Default 640 (VATE tracks at 640 pixels wide). Smaller is faster but
    /// loses texture on small objects.
    /// </summary>
    public int MaxWidth { get; init; } = 640;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxWidth < 16)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxWidth), MaxWidth, $"{nameof(MaxWidth)} must be at least 16 pixels, but it is {MaxWidth}.");
        }
    }
}
