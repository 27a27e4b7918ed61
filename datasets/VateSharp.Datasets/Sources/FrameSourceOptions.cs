// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Sources;

/// <summary>How <see cref="FrameSourceFactory"/> opens and buffers a source.</summary>
public sealed class FrameSourceOptions
{
    /// <summary>Gets the defaults: no prefetch, no real-time playback, 30 fps for image folders.</summary>
    public static FrameSourceOptions Default { get; } = new();

    /// <summary>
    /// Gets how many decoded frames a background thread keeps ready for file sources (default 0: decode on the
    /// caller's thread). The queue is bounded and never drops; it only lets decoding overlap with detection.
    /// Live sources ignore it: they hold one newest frame.
    /// </summary>
    public int PrefetchFrames { get; init; }

    /// <summary>
    /// Gets a value indicating whether file sources play at their frame rate on a reader thread and, like a
    /// camera, keep only the newest frame when the consumer falls behind (default <see langword="false"/>: file
    /// sources never drop).
    /// </summary>
    public bool RealTime { get; init; }

    /// <summary>
    /// Gets the frame rate assumed for image sequences, which carry none (default 30); it sets timestamps and
    /// the real-time pace.
    /// </summary>
    public double ImageFramesPerSecond { get; init; } = 30;

    /// <summary>
    /// Gets how long a live source may deliver nothing before it is treated as ended (default 10 seconds).
    /// </summary>
    public TimeSpan LiveStallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets how long a lost camera or stream is tried again before it is treated as ended (default 30 seconds;
    /// <see cref="TimeSpan.Zero"/> ends at the first loss). See <see cref="ReconnectingFrameSource"/>.
    /// </summary>
    public TimeSpan LiveReconnectWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets the wait before the first attempt to reopen a lost live source (default 0.5 seconds); each further
    /// attempt waits twice as long as the one before, up to five times this value.
    /// </summary>
    public TimeSpan LiveReconnectDelay { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Gets the clock for live sources' timestamps (default the system clock).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or zero where it must be positive.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(PrefetchFrames);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ImageFramesPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LiveStallTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(LiveReconnectWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LiveReconnectDelay, TimeSpan.Zero);
    }
}
