// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NetMQ;

namespace VateSharp.Transport.Server;

/// <summary>CurveZMQ settings of a server: its key pair and the client public keys it serves.</summary>
public sealed record CurveServerOptions
{
    /// <summary>Gets the server's key pair (secret key required).</summary>
    public required NetMQCertificate ServerCertificate { get; init; }

    /// <summary>Gets the Z85 public keys of the clients that may use the server; any other client gets no reply at all.</summary>
    public required IReadOnlyCollection<string> AllowedClientKeys { get; init; }

    /// <summary>Gets how far a client's token time may differ from the server clock. Default 10 minutes.</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(10);
}
