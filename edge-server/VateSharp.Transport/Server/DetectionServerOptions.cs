// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Inference;

namespace VateSharp.Transport.Server;

/// <summary>Settings of a <see cref="DetectionServer"/>.</summary>
public sealed record DetectionServerOptions
{
    /// <summary>Gets the defaults: <c>tcp://*:5555</c>, 1 worker, 8 queued frames per client, 16 MiB messages.</summary>
    public static DetectionServerOptions Default { get; } = new();

    /// <summary>
    /// Gets the endpoint to bind. Default <c>tcp://*:5555</c>. Port 0 (<c>tcp://127.0.0.1:0</c>) binds a random free
    /// port; <c>inproc://name</c> serves clients in the same process.
    /// </summary>
    public string Endpoint { get; init; } = "tcp://*:5555";

    /// <summary>Gets the number of inference workers, each with its own detector. Default 1.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// Gets how many frames of one client (one connection) may wait for a worker. Default 8. When a new frame
    /// arrives at a full queue the oldest waiting frame is dropped and answered <c>rejected</c>, because for live
    /// video the newest frame is the most useful one.
    /// </summary>
    public int QueueCapacityPerClient { get; init; } = 8;

    /// <summary>Gets the largest message accepted, all frames together; also NetMQ's per-frame limit. Default 16 MiB.</summary>
    public int MaxMessageBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets how long closing sockets wait to flush replies. Default 1 second.</summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets how long a stop waits for queued frames to be answered before rejecting the rest. Default 10 s.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the thresholds used where a request states none. Default <see cref="PostprocessOptions.Default"/>.</summary>
    public PostprocessOptions Postprocess { get; init; } = PostprocessOptions.Default;

    /// <summary>Gets the CURVE settings; <see langword="null"/> (default) serves in the clear without authentication.</summary>
    public CurveServerOptions? Curve { get; init; }

    /// <summary>Gets ZeroMQ's send and receive high-water marks, in messages. Default 1000.</summary>
    public int HighWatermark { get; init; } = 1000;

    /// <summary>Returns the configuration problems, each a sentence; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Endpoint) || !Endpoint.Contains("://", StringComparison.Ordinal))
        {
            problems.Add($"The endpoint must look like tcp://*:5555 or inproc://name; got '{Endpoint}'.");
        }

        if (Workers is < 1 or > 64)
        {
            problems.Add($"Workers must be between 1 and 64; got {Workers}.");
        }

        if (QueueCapacityPerClient is < 1 or > 10_000)
        {
            problems.Add($"The queue capacity per client must be between 1 and 10000; got {QueueCapacityPerClient}.");
        }

        if (MaxMessageBytes < 1024)
        {
            problems.Add($"The maximum message size must be at least 1024 bytes; got {MaxMessageBytes}.");
        }

        if (Linger < TimeSpan.Zero || DrainTimeout < TimeSpan.Zero)
        {
            problems.Add("Linger and drain timeout must not be negative.");
        }

        if (Curve is { ServerCertificate.HasSecretKey: false })
        {
            problems.Add("The CURVE server certificate needs its secret key; pass the .secret file from 'keygen'.");
        }

        if (Curve is not null && Endpoint.StartsWith("inproc://", StringComparison.Ordinal))
        {
            problems.Add("CURVE does not apply to inproc:// endpoints; drop the keys or use tcp://.");
        }

        return problems;
    }
}
