// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Device.Running;

namespace VateSharp.Pipeline.Device;

/// <summary>
/// What the device showed for one frame: the boxes on screen at that frame's time. A frame the device never got to
/// show (dropped while it was busy in real-time mode, or undecodable) is reported too, with the boxes that were
/// still on screen, so that every frame of the input is scored.
/// </summary>
public sealed class ShownFrame
{
    private readonly SharedImage? _image;

    internal ShownFrame(SharedImage? image) => _image = image;

    /// <summary>Gets the sequence (video) name.</summary>
    public required string Sequence { get; init; }

    /// <summary>Gets the run's sequence number, from 1.</summary>
    public required int SequenceNumber { get; init; }

    /// <summary>Gets the frame's index and time within its sequence.</summary>
    public required FrameStamp Frame { get; init; }

    /// <summary>Gets the frame's file name as COCO files name it (<c>sequence/0000001.jpg</c>), or null for video.</summary>
    public string? FileName { get; init; }

    /// <summary>Gets the boxes on screen, in original-frame pixels, with class ids of the run's label space.</summary>
    public required IReadOnlyList<Detection> Detections { get; init; }

    /// <summary>Gets the tier replies merged on this frame, in merge order (empty on most frames).</summary>
    public IReadOnlyList<MergedResult> Merges { get; init; } = [];

    /// <summary>Gets a value indicating whether the device never showed this frame and the previous boxes stood for it.</summary>
    public bool IsFilled { get; init; }

    /// <summary>Gets the decoded image (valid only during the sink call; clone it to keep it), or null when filled.</summary>
    public Mat? Image => _image?.Image;

    /// <summary>Takes a reference to the image for a sink that works on another thread; null when filled.</summary>
    internal SharedImage? RetainImage() => _image?.Retain();
}
