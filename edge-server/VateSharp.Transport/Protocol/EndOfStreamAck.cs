// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>The outcome of ending a stream: what the servers say they received and answered.</summary>
public sealed record EndOfStreamAck
{
    /// <summary>Gets the stream id.</summary>
    public required string StreamId { get; init; }

    /// <summary>Gets a value indicating whether every server that got frames of the stream acknowledged in time.</summary>
    public required bool Acknowledged { get; init; }

    /// <summary>Gets the frames this client sent for the stream (to all servers).</summary>
    public ulong FramesSent { get; init; }

    /// <summary>Gets the frames the acknowledging servers received.</summary>
    public ulong FramesReceived { get; init; }

    /// <summary>Gets the frames the acknowledging servers answered (any status).</summary>
    public ulong FramesAnswered { get; init; }
}
