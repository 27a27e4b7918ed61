// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Google.Protobuf;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Server;

/// <summary>Builds the server's reply messages, routing envelope included.</summary>
internal static class ReplyFactory
{
    public static OutboundMessage Detect(
        ClientRoute route, DetectRequest request, ReplyStatus status, string reason, string model,
        long queueUs = 0, long inferenceUs = 0, IEnumerable<Box>? boxes = null, InferenceJob? job = null)
    {
        var reply = new DetectReply
        {
            StreamId = request.StreamId,
            FrameId = request.FrameId,
            Status = status,
            Reason = reason,
            QueueUs = (ulong)Math.Max(0, queueUs),
            InferenceUs = (ulong)Math.Max(0, inferenceUs),
            Model = model,
            CaptureUnixUs = request.CaptureUnixUs,
        };
        if (boxes is not null)
        {
            reply.Boxes.AddRange(boxes);
        }

        return new OutboundMessage(Build(route, MessageKind.DetectReply, reply), job, status, queueUs, inferenceUs);
    }

    public static OutboundMessage Error(ClientRoute route, string reason) =>
        new(Build(route, MessageKind.Error, new ErrorReply { Status = ReplyStatus.Error, Reason = reason }),
            null, ReplyStatus.Error, 0, 0);

    public static OutboundMessage Control(ClientRoute route, MessageKind kind, IMessage body) =>
        new(Build(route, kind, body), null, ReplyStatus.Unspecified, 0, 0);

    private static NetMQ.NetMQMessage Build(ClientRoute route, MessageKind kind, IMessage body) =>
        route.Wrap(WireCodec.Build(kind, body));
}
