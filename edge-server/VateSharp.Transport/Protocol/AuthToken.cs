// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Buffers.Binary;
using System.Security.Cryptography;
using NaCl;

namespace VateSharp.Transport.Protocol;

/// <summary>
/// The client authentication token that follows the header when CURVE is on. NetMQ has no ZAP handler and does not
/// expose the client's long-term key after the CURVE handshake, so the server cannot check that key itself; the
/// token proves, inside the encrypted connection, that the sender holds the secret key of an allowed public key.
/// Layout (80 bytes): client public key (32) | nonce (24) | crypto_box of the 8-byte big-endian Unix time in
/// milliseconds, in NaCl's combined form: Poly1305 tag (16) then ciphertext (8).
/// </summary>
public static class AuthToken
{
    /// <summary>Token length in bytes.</summary>
    public const int Length = KeyLength + NonceLength + TagLength + TimestampLength;

    private const int KeyLength = 32;
    private const int NonceLength = 24;
    private const int TagLength = 16;
    private const int TimestampLength = 8;

    /// <summary>Creates a token for a client key pair addressed to a server public key.</summary>
    /// <param name="clientPublicKey">The client's 32-byte public key.</param>
    /// <param name="clientSecretKey">The client's 32-byte secret key.</param>
    /// <param name="serverPublicKey">The server's 32-byte public key.</param>
    /// <param name="unixMilliseconds">The time to seal into the token.</param>
    public static byte[] Create(
        ReadOnlySpan<byte> clientPublicKey, ReadOnlySpan<byte> clientSecretKey, ReadOnlySpan<byte> serverPublicKey,
        long unixMilliseconds)
    {
        if (clientPublicKey.Length != KeyLength || clientSecretKey.Length != KeyLength || serverPublicKey.Length != KeyLength)
        {
            throw new ArgumentException(
                $"CURVE keys must be {KeyLength} bytes; got client public {clientPublicKey.Length}, client secret " +
                $"{clientSecretKey.Length} and server public {serverPublicKey.Length}.");
        }

        var token = new byte[Length];
        clientPublicKey.CopyTo(token);
        var nonce = token.AsSpan(KeyLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        Span<byte> plain = stackalloc byte[TimestampLength];
        BinaryPrimitives.WriteInt64BigEndian(plain, unixMilliseconds);
        using var box = new Curve25519XSalsa20Poly1305(clientSecretKey.ToArray(), serverPublicKey.ToArray());
        box.Encrypt(token.AsSpan(KeyLength + NonceLength), plain, nonce);
        return token;
    }

    /// <summary>Gets the client public key a token claims (bytes 0-31).</summary>
    public static ReadOnlySpan<byte> ClaimedKey(ReadOnlySpan<byte> token) =>
        token.Length == Length ? token[..KeyLength] : ReadOnlySpan<byte>.Empty;

    /// <summary>Opens a token with the box precomputed for the key it claims; returns the sealed time.</summary>
    internal static bool TryOpen(ReadOnlySpan<byte> token, Curve25519XSalsa20Poly1305 box, out long unixMilliseconds)
    {
        unixMilliseconds = 0;
        if (token.Length != Length)
        {
            return false;
        }

        Span<byte> plain = stackalloc byte[TimestampLength];
        if (!box.TryDecrypt(plain, token[(KeyLength + NonceLength)..], token.Slice(KeyLength, NonceLength)))
        {
            return false;
        }

        unixMilliseconds = BinaryPrimitives.ReadInt64BigEndian(plain);
        return true;
    }
}
