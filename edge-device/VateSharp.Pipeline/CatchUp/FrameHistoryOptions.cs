// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.CatchUp;

/// <summary>How much of the recent past <see cref="FrameHistory"/> keeps.</summary>
public sealed class FrameHistoryOptions
{
    /// <summary>Gets the defaults.</summary>
    public static FrameHistoryOptions Default { get; } = new();

    /// <summary>
    /// Gets how far back frames are kept, measured on frame timestamps (not a frame count, so a slow cloud is
    /// covered at any frame rate). A result for an older frame is dropped. Default 2 seconds; raise it for a
    /// tier whose round trip is longer.
    /// </summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Gets the most frames kept whatever their timestamps say, a memory bound for sources with very high or
    /// bogus frame rates (a 640x360 gray frame takes 230 kB). Default 300.
    /// </summary>
    public int MaxFrames { get; init; } = 300;

    /// <summary>
    /// Gets how many of the newest frames keep the Lucas-Kanade pyramid the median-flow tracker built for them,
    /// so that catch-up replays through recent frames do not build it again; older frames give theirs up (about
    /// 1.7 MB each at 640x384) and a replay that reaches them rebuilds it. Default 24.
    /// </summary>
    public int PyramidFrames { get; init; } = 24;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (Duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Duration), Duration, $"{nameof(Duration)} must be positive, but it is {Duration}.");
        }

        if (MaxFrames < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFrames), MaxFrames, $"{nameof(MaxFrames)} must be at least 1, but it is {MaxFrames}.");
        }

        if (PyramidFrames < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(PyramidFrames), PyramidFrames, $"{nameof(PyramidFrames)} must be 0 or more, but it is {PyramidFrames}.");
        }
    }
}
