// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>The decoded header frame: <c>"VATE" version kind flags [auth token]</c>.</summary>
/// <param name="Version">Protocol version of the sender.</param>
/// <param name="Kind">What the body frame holds.</param>
/// <param name="Flags">Bit field; <see cref="Framing.FlagAuthToken"/> is the only bit defined.</param>
public readonly record struct MessageHeader(byte Version, MessageKind Kind, byte Flags)
{
    /// <summary>Gets a value indicating whether an authentication token follows the fixed header.</summary>
    public bool HasAuthToken => (Flags & Framing.FlagAuthToken) != 0;

    /// <summary>Writes the header frame, appending <paramref name="authToken"/> when it is not empty.</summary>
    public static byte[] Write(MessageKind kind, ReadOnlySpan<byte> authToken = default)
    {
        var frame = new byte[Framing.HeaderLength + authToken.Length];
        Framing.Magic.CopyTo(frame);
        frame[4] = Framing.Version;
        frame[5] = (byte)kind;
        frame[6] = authToken.IsEmpty ? (byte)0 : Framing.FlagAuthToken;
        authToken.CopyTo(frame.AsSpan(Framing.HeaderLength));
        return frame;
    }

    /// <summary>Parses a header frame; on failure <paramref name="error"/> says what was wrong.</summary>
    /// <param name="frame">The first frame of a message (after any routing envelope).</param>
    /// <param name="header">The header when the frame is valid.</param>
    /// <param name="authToken">The token bytes when the auth flag is set, otherwise empty.</param>
    /// <param name="error">A one-sentence reason when parsing fails.</param>
    public static bool TryParse(
        ReadOnlySpan<byte> frame, out MessageHeader header, out ReadOnlySpan<byte> authToken, out string error)
    {
        header = default;
        authToken = default;
        if (frame.Length < Framing.HeaderLength || !frame[..4].SequenceEqual(Framing.Magic))
        {
            error = $"The header frame must start with ASCII 'VATE' and be at least {Framing.HeaderLength} bytes; " +
                $"got {frame.Length} bytes that do not.";
            return false;
        }

        if (frame[4] != Framing.Version)
        {
            error = $"Protocol version {frame[4]} is not supported; this peer speaks version {Framing.Version}.";
            return false;
        }

        header = new MessageHeader(frame[4], (MessageKind)frame[5], frame[6]);
        var expected = Framing.HeaderLength + (header.HasAuthToken ? AuthToken.Length : 0);
        if (frame.Length != expected)
        {
            error = $"The header frame must be {expected} bytes for flags 0x{header.Flags:x2}; got {frame.Length}.";
            return false;
        }

        authToken = frame[Framing.HeaderLength..];
        error = string.Empty;
        return true;
    }
}
