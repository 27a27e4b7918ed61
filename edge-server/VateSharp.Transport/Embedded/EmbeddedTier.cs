// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using VateSharp.Inference;
using VateSharp.Transport.Client;
using VateSharp.Transport.Server;

namespace VateSharp.Transport.Embedded;

/// <summary>
/// A tier inside the device's own process: a <see cref="DetectionServer"/> bound to <c>inproc://name</c>. The device
/// talks to it with the same <see cref="DetectionClient"/> and the same messages as to a remote server; NetMQ's one
/// implicit context makes the inproc endpoint reachable from every thread of the process.
/// </summary>
public sealed class EmbeddedTier : IAsyncDisposable
{
    private EmbeddedTier(DetectionServer server) => Server = server;

    /// <summary>Gets the endpoint to hand to a <see cref="DetectionClient"/>, <c>inproc://name</c>.</summary>
    public string Endpoint => Server.Endpoint;

    /// <summary>Gets the server, for its counters and model.</summary>
    public DetectionServer Server { get; }

    /// <summary>Starts a server on <c>inproc://</c><paramref name="name"/>.</summary>
    /// <param name="name">A process-unique name, for example <c>edge-server</c>.</param>
    /// <param name="detectorFactory">Creates the detector of worker <c>i</c>.</param>
    /// <param name="options">Workers, queue, limits; the endpoint is replaced and CURVE dropped (inproc needs neither).</param>
    /// <param name="logger">Logger; none when <see langword="null"/>.</param>
    /// <exception cref="TransportException">Another tier of this process already uses the name.</exception>
    public static EmbeddedTier Start(
        string name, Func<int, IObjectDetector> detectorFactory, DetectionServerOptions? options = null,
        ILogger<DetectionServer>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var serverOptions = (options ?? DetectionServerOptions.Default) with { Endpoint = $"inproc://{name}", Curve = null };
        var server = new DetectionServer(detectorFactory, serverOptions, logger);
        server.Start();
        return new EmbeddedTier(server);
    }

    /// <summary>Creates a client of this tier alone; the caller disposes it before the tier.</summary>
    public DetectionClient CreateClient(DetectionClientOptions? options = null, ILogger<DetectionClient>? logger = null) =>
        new((options ?? DetectionClientOptions.Default) with { Endpoints = [Endpoint], Curve = null }, logger);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
