// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>Constants of the framing around the protobuf bodies (docs/protocol.md, "Framing").</summary>
public static class Framing
{
    /// <summary>The protocol version this build speaks.</summary>
    public const byte Version = 1;

    /// <summary>Length of the fixed part of the header frame: magic (4), version, kind, flags.</summary>
    public const int HeaderLength = 7;

    /// <summary>Header flag: an 80-byte client authentication token follows the fixed header.</summary>
    public const byte FlagAuthToken = 0x01;

    /// <summary>Gets the four magic bytes, ASCII <c>VATE</c>.</summary>
    public static ReadOnlySpan<byte> Magic => "VATE"u8;
}
