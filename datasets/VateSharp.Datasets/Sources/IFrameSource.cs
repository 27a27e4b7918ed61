// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Sources;

/// <summary>
/// Frames in order from a set of image sequences, a video file, a camera or a stream.
/// </summary>
public interface IFrameSource : IDisposable
{
    /// <summary>Gets a human-readable description (for example the glob or URL).</summary>
    string Description { get; }

    /// <summary>Gets a value indicating whether the source is live (camera or stream: the newest frame wins).</summary>
    bool IsLive { get; }

    /// <summary>Gets the native frame rate, or <see langword="null"/> when the source does not say.</summary>
    double? FramesPerSecond { get; }

    /// <summary>Gets how many frames could not be decoded and were skipped so far.</summary>
    int SkippedFrames { get; }

    /// <summary>
    /// Gets how many decoded frames were discarded because a newer one arrived before the consumer asked
    /// (live sources and real-time playback only; 0 for sources that never drop).
    /// </summary>
    int DroppedFrames => 0;

    /// <summary>Gets how many times a lost live capture was opened again (0 for sources that never reconnect).</summary>
    int Reconnects => 0;

    /// <summary>
    /// Reads the next frame. Returns <see langword="false"/> at the end of the source.
    /// </summary>
    bool TryRead(out Frame? frame, CancellationToken cancellationToken = default);
}
