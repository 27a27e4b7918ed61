// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Transport.Protocol;

/// <summary>The answer to one <see cref="DetectionRequest"/>.</summary>
public sealed record DetectionReply
{
    /// <summary>Gets the stream id of the request.</summary>
    public required string StreamId { get; init; }

    /// <summary>Gets the frame id of the request.</summary>
    public required ulong FrameId { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required DetectionStatus Status { get; init; }

    /// <summary>Gets why the status is not <see cref="DetectionStatus.Ok"/>; empty when it is.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Gets the boxes in original-frame pixels; empty unless the status is <see cref="DetectionStatus.Ok"/>.</summary>
    public IReadOnlyList<Detection> Detections { get; init; } = [];

    /// <summary>Gets the time the frame waited in the server's queue.</summary>
    public TimeSpan QueueTime { get; init; }

    /// <summary>Gets the server's decode plus inference time.</summary>
    public TimeSpan InferenceTime { get; init; }

    /// <summary>Gets the model that produced the boxes.</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>Gets the capture time echoed from the request.</summary>
    public long CaptureUnixMicroseconds { get; init; }

    /// <summary>Gets the client-measured time from send to reply (zero for client-side statuses).</summary>
    public TimeSpan RoundTrip { get; init; }

    /// <summary>Gets the endpoint of the server that answered; empty for client-side statuses.</summary>
    public string Server { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the status is <see cref="DetectionStatus.Ok"/>.</summary>
    public bool IsOk => Status == DetectionStatus.Ok;
}
