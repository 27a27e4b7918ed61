// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>The message kind carried in byte 5 of the header frame (docs/protocol.md).</summary>
public enum MessageKind : byte
{
    /// <summary>Client to server: detect objects in the JPEG of frame 2.</summary>
    DetectRequest = 0x01,

    /// <summary>Server to client: the boxes or the reason there are none.</summary>
    DetectReply = 0x02,

    /// <summary>Client to server: health probe.</summary>
    Ping = 0x03,

    /// <summary>Server to client: health and load.</summary>
    Pong = 0x04,

    /// <summary>Client to server: ask what model the server runs.</summary>
    ModelInfoRequest = 0x05,

    /// <summary>Server to client: model name, family, classes, input size, provider.</summary>
    ModelInfo = 0x06,

    /// <summary>Client to server: no more frames of a stream follow.</summary>
    EndOfStream = 0x07,

    /// <summary>Server to client: every frame of the stream has been answered.</summary>
    EndOfStreamAck = 0x08,

    /// <summary>Server to client: a message that could not be attributed to a request was refused.</summary>
    Error = 0x7F,
}
