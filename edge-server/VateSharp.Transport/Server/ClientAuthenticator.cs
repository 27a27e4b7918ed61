// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NaCl;
using NetMQ;
using VateSharp.Transport.Protocol;

namespace VateSharp.Transport.Server;

/// <summary>
/// Checks the <see cref="AuthToken"/> of connections until one succeeds, then trusts that connection: CURVE
/// encrypts and authenticates every later message on it, so nobody else can inject into it.
/// </summary>
internal sealed class ClientAuthenticator : IDisposable
{
    // Bounds memory when many short connections come and go; a forgotten connection simply proves itself again.
    private const int MaxTrustedConnections = 10_000;

    private readonly Dictionary<string, Curve25519XSalsa20Poly1305> _boxes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _trusted = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxSkew;

    public ClientAuthenticator(CurveServerOptions options, TimeProvider time)
    {
        _time = time;
        _maxSkew = options.MaxClockSkew;
        var secret = options.ServerCertificate.SecretKey!;
        foreach (var key in options.AllowedClientKeys)
        {
            var certificate = NetMQCertificate.FromPublicKey(key);
            _boxes[certificate.PublicKeyZ85] = new Curve25519XSalsa20Poly1305(secret, certificate.PublicKey);
        }
    }

    /// <summary>Returns whether the connection may be served; <paramref name="reason"/> says why not.</summary>
    public bool TryAuthenticate(string connection, ReadOnlySpan<byte> token, out string reason)
    {
        reason = string.Empty;
        if (_trusted.ContainsKey(connection))
        {
            return true;
        }

        if (token.IsEmpty)
        {
            reason = "the message carries no authentication token";
            return false;
        }

        var claimed = NetMQCertificate.FromPublicKey(AuthToken.ClaimedKey(token).ToArray()).PublicKeyZ85;
        if (!_boxes.TryGetValue(claimed, out var box))
        {
            reason = $"client key {claimed} is not in the allow-list";
            return false;
        }

        if (!AuthToken.TryOpen(token, box, out var sealedAt))
        {
            reason = $"the token claiming key {claimed} was not sealed with its secret key";
            return false;
        }

        var skew = TimeSpan.FromMilliseconds(Math.Abs(_time.GetUtcNow().ToUnixTimeMilliseconds() - sealedAt));
        if (skew > _maxSkew)
        {
            reason = $"the token time differs from the server clock by {skew.TotalSeconds:F0} s (limit {_maxSkew.TotalSeconds:F0} s)";
            return false;
        }

        if (_trusted.Count >= MaxTrustedConnections)
        {
            _trusted.Clear();
        }

        _trusted[connection] = claimed;
        return true;
    }

    public void Dispose()
    {
        foreach (var box in _boxes.Values)
        {
            box.Dispose();
        }
    }
}
