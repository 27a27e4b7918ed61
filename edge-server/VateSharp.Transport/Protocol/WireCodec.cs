// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Runtime.InteropServices;
using Google.Protobuf;
using NetMQ;

namespace VateSharp.Transport.Protocol;

/// <summary>Builds and splits the multipart messages of docs/protocol.md. Used by both tiers.</summary>
internal static class WireCodec
{
    /// <summary>Builds <c>[header, body, payload?]</c>.</summary>
    public static NetMQMessage Build(
        MessageKind kind, IMessage body, ReadOnlySpan<byte> authToken = default, ReadOnlyMemory<byte>? payload = null)
    {
        var message = new NetMQMessage(payload is null ? 2 : 3);
        message.Append(MessageHeader.Write(kind, authToken));
        message.Append(body.ToByteArray());
        if (payload is { } bytes)
        {
            message.Append(AsArray(bytes));
        }

        return message;
    }

    /// <summary>Returns the whole backing array without a copy when the memory covers one, else a copy.</summary>
    public static byte[] AsArray(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : bytes.ToArray();

    /// <summary>Gets the bytes of a frame as a span.</summary>
    public static ReadOnlySpan<byte> Span(NetMQFrame frame) => frame.Buffer.AsSpan(0, frame.MessageSize);

    /// <summary>Gets the bytes of a frame as memory (no copy).</summary>
    public static ReadOnlyMemory<byte> Memory(NetMQFrame frame) => frame.Buffer.AsMemory(0, frame.MessageSize);

    /// <summary>Parses a body frame, reporting a malformed body as a sentence rather than an exception.</summary>
    public static bool TryParse<T>(MessageParser<T> parser, NetMQFrame frame, out T? body, out string error)
        where T : IMessage<T>
    {
        try
        {
            body = parser.ParseFrom(Span(frame));
            error = string.Empty;
            return true;
        }
        catch (InvalidProtocolBufferException ex)
        {
            body = default;
            error = $"The body frame ({frame.MessageSize} bytes) is not a valid {typeof(T).Name}: {ex.Message}";
            return false;
        }
    }

    /// <summary>The number of frames a message of this kind must have (header, body, and a JPEG for requests).</summary>
    public static int ExpectedFrames(MessageKind kind) => kind == MessageKind.DetectRequest ? 3 : 2;
}
