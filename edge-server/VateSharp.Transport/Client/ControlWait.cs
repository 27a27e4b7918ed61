// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Client;

/// <summary>A ping, model query or end-of-stream waiting for its answer on the client's socket thread.</summary>
internal sealed class ControlWait(ServerLink link, long sentAt, long deadline)
{
    public ServerLink Link { get; } = link;

    public long SentAt { get; } = sentAt;

    public long Deadline { get; } = deadline;

    /// <summary>Gets or sets what to do with the answer body (null = timed out).</summary>
    public required Action<Google.Protobuf.IMessage?> OnAnswer { get; init; }
}
