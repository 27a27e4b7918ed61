// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>A server's answer to a ping.</summary>
public sealed record ServerHealth
{
    /// <summary>Gets the endpoint that answered.</summary>
    public required string Server { get; init; }

    /// <summary>Gets the server's state.</summary>
    public required ServerState State { get; init; }

    /// <summary>Gets the frames waiting in admission queues.</summary>
    public int Queued { get; init; }

    /// <summary>Gets the workers running inference when the ping arrived.</summary>
    public int BusyWorkers { get; init; }

    /// <summary>Gets the number of inference workers.</summary>
    public int Workers { get; init; }

    /// <summary>Gets (queued + busy) / workers.</summary>
    public float Load { get; init; }

    /// <summary>Gets the model name.</summary>
    public string Model { get; init; } = string.Empty;

    /// <summary>Gets the detect requests the server has received since it started.</summary>
    public ulong Received { get; init; }

    /// <summary>Gets the detect replies the server has sent since it started.</summary>
    public ulong Answered { get; init; }

    /// <summary>Gets the client-measured ping round trip.</summary>
    public TimeSpan RoundTrip { get; init; }
}
