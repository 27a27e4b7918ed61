// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Policies;

/// <summary>Everything an offload policy may look at for one frame and one tier.</summary>
public readonly record struct OffloadContext
{
    /// <summary>Gets the frame being decided on.</summary>
    public required FrameStamp Frame { get; init; }

    /// <summary>Gets the tier's state.</summary>
    public required TierState Tier { get; init; }

    /// <summary>
    /// Gets the device's light-detector result on this frame, or <see langword="null"/> when the detector did not
    /// run on it (it runs at the detection rate).
    /// </summary>
    public IReadOnlyList<Detection>? LightResult { get; init; }

    /// <summary>Gets the measured uplink to this tier.</summary>
    public UplinkEstimate Uplink { get; init; }

    /// <summary>Gets the original frame's width in pixels.</summary>
    public required int FrameWidth { get; init; }

    /// <summary>Gets the original frame's height in pixels.</summary>
    public required int FrameHeight { get; init; }
}
