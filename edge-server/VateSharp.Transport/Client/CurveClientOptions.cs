// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NetMQ;

namespace VateSharp.Transport.Client;

/// <summary>CurveZMQ settings of a client. They apply to every tcp:// server of the client.</summary>
public sealed record CurveClientOptions
{
    /// <summary>Gets the servers' Z85 public key (the <c>.public</c> file written by <c>keygen</c>).</summary>
    public required string ServerPublicKey { get; init; }

    /// <summary>Gets the client's key pair (secret key required); its public key must be in the server's allow-list.</summary>
    public required NetMQCertificate ClientCertificate { get; init; }
}
