// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Policies;

/// <summary>What the device knows about one tier when it decides whether to send it a frame.</summary>
public readonly record struct TierState
{
    /// <summary>Gets the tier.</summary>
    public required Tier Tier { get; init; }

    /// <summary>Gets how many requests are sent and not yet answered (or timed out).</summary>
    public int InFlight { get; init; }

    /// <summary>Gets how many requests may be in flight at once. Default 1 (VATE: one request per tier).</summary>
    public int MaxInFlight { get; init; } = 1;

    /// <summary>Gets a value indicating whether the tier is answering in time (see <see cref="VateSharp.Pipeline.Health.TierHealth"/>).</summary>
    public bool Healthy { get; init; } = true;

    /// <summary>Gets the frame last sent to the tier in this sequence, if any.</summary>
    public FrameStamp? LastSent { get; init; }

    /// <summary>Gets the shown frame on which the tier's last reply arrived, if any.</summary>
    public FrameStamp? LastReply { get; init; }

    /// <summary>Gets a value indicating whether another request may be sent now.</summary>
    public bool HasCapacity => InFlight < MaxInFlight;

    /// <summary>Creates the state of a tier nothing has been sent to yet.</summary>
    public TierState()
    {
    }
}
