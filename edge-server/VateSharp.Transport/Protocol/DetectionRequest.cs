// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>One frame to detect objects in, identified by stream and frame id.</summary>
public sealed record DetectionRequest
{
    /// <summary>Gets the stream (video, camera) the frame belongs to; at most 256 characters.</summary>
    public required string StreamId { get; init; }

    /// <summary>Gets the frame id, unique within the stream while the request is in flight.</summary>
    public required ulong FrameId { get; init; }

    /// <summary>Gets the encoded image (JPEG, or any format OpenCV decodes).</summary>
    public required ReadOnlyMemory<byte> Jpeg { get; init; }

    /// <summary>Gets the capture time in microseconds since the Unix epoch; echoed back. Default 0.</summary>
    public long CaptureUnixMicroseconds { get; init; }

    /// <summary>
    /// Gets how long the requester waits for the reply; <see langword="null"/> takes the client's default timeout.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Gets how long the server may hold the frame before inference starts, counted from when the client sends it;
    /// past it the server answers <see cref="DetectionStatus.Late"/> without running the frame. <see langword="null"/>
    /// (default) uses what is left of <see cref="Timeout"/>; a budget of at least the timeout changes nothing.
    /// </summary>
    public TimeSpan? ServerDeadline { get; init; }

    /// <summary>Gets the original-frame pixels per sent-image pixel horizontally. Default 1.</summary>
    public float ScaleX { get; init; } = 1f;

    /// <summary>Gets the original-frame pixels per sent-image pixel vertically. Default 1.</summary>
    public float ScaleY { get; init; } = 1f;

    /// <summary>Gets the original frame width in pixels; 0 (default) means sent width times <see cref="ScaleX"/>.</summary>
    public int FrameWidth { get; init; }

    /// <summary>Gets the original frame height in pixels; 0 (default) means sent height times <see cref="ScaleY"/>.</summary>
    public int FrameHeight { get; init; }

    /// <summary>Gets the requester's wishes. Default: none.</summary>
    public DetectorWishes Wishes { get; init; } = DetectorWishes.None;
}
