// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Protocol;

namespace VateSharp.Transport.Client;

/// <summary>A submitted request waiting for its reply or its deadline.</summary>
internal sealed class PendingRequest(DetectionRequest request, long deadline)
{
    private readonly TaskCompletionSource<DetectionReply> _completion =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DetectionRequest Request { get; } = request;

    public (string Stream, ulong Frame) Key => (Request.StreamId, Request.FrameId);

    /// <summary>Gets the timestamp at which the request times out.</summary>
    public long Deadline { get; } = deadline;

    /// <summary>Gets the timestamp of the <c>TrySubmit</c> call.</summary>
    public long SubmittedAt { get; init; }

    public ServerLink? Link { get; set; }

    public long SentAt { get; set; }

#pragma warning disable VSTHRD003 // The client's socket thread completes this task; no synchronisation context is involved.
    public Task<DetectionReply> Task => _completion.Task;
#pragma warning restore VSTHRD003

    public void Complete(DetectionReply reply) => _completion.TrySetResult(reply);

    public void Complete(DetectionStatus status, string reason) => _completion.TrySetResult(new DetectionReply
    {
        StreamId = Request.StreamId,
        FrameId = Request.FrameId,
        Status = status,
        Reason = reason,
        CaptureUnixMicroseconds = Request.CaptureUnixMicroseconds,
        Server = Link?.Endpoint ?? string.Empty,
    });
}
