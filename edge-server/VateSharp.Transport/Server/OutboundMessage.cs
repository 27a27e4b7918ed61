// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NetMQ;
using VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Server;

/// <summary>A message for the socket thread to send; detect replies carry their job for the stream ledger.</summary>
internal sealed record OutboundMessage(NetMQMessage Message, InferenceJob? Job, ReplyStatus Status, long QueueUs, long InferenceUs)
{
    /// <summary>Gets the marker that tells the socket thread every earlier reply has been sent.</summary>
    public static OutboundMessage Flush { get; } = new(new NetMQMessage(), null, ReplyStatus.Unspecified, 0, 0);
}
