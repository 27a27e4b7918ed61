// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Client;

/// <summary>Settings of a <see cref="DetectionClient"/>.</summary>
public sealed record DetectionClientOptions
{
    /// <summary>Gets the defaults: one server at <c>tcp://127.0.0.1:5555</c>, 1 s timeout, 256 requests in flight.</summary>
    public static DetectionClientOptions Default { get; } = new();

    /// <summary>Gets the servers to spread requests over. Default <c>tcp://127.0.0.1:5555</c>.</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = ["tcp://127.0.0.1:5555"];

    /// <summary>Gets the timeout of a request that states none. Default 1 second.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets how often a server marked dead is pinged to see whether it is back, and how often it gets a frame as a
    /// probe while every server is marked dead. Default 250 ms.
    /// </summary>
    public TimeSpan HealthInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Gets how long pings, model queries and end-of-stream acknowledgements are awaited. Default 5 s.</summary>
    public TimeSpan ControlTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the most requests in flight over all servers; <c>TrySubmit</c> refuses more. Default 256.</summary>
    public int MaxOutstanding { get; init; } = 256;

    /// <summary>Gets ZeroMQ's reconnect interval after a server goes away. Default 100 ms.</summary>
    public TimeSpan ReconnectInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Gets how long closing waits to flush unsent messages. Default 500 ms.</summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets the largest reply frame accepted. Default 16 MiB.</summary>
    public int MaxMessageBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets the CURVE settings; <see langword="null"/> (default) talks in the clear.</summary>
    public CurveClientOptions? Curve { get; init; }

    /// <summary>Returns the configuration problems, each a sentence; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Endpoints.Count == 0)
        {
            problems.Add("At least one server endpoint is needed, for example tcp://127.0.0.1:5555.");
        }

        problems.AddRange(Endpoints
            .Where(e => !e.StartsWith("tcp://", StringComparison.Ordinal) && !e.StartsWith("inproc://", StringComparison.Ordinal))
            .Select(e => $"Endpoint '{e}' must start with tcp:// or inproc://."));
        if (Endpoints.Distinct(StringComparer.Ordinal).Count() != Endpoints.Count)
        {
            problems.Add("Each server endpoint may be listed once.");
        }

        if (DefaultTimeout <= TimeSpan.Zero || HealthInterval <= TimeSpan.Zero || ControlTimeout <= TimeSpan.Zero)
        {
            problems.Add("Timeouts and the health interval must be positive.");
        }

        if (MaxOutstanding is < 1 or > 100_000)
        {
            problems.Add($"Max outstanding requests must be between 1 and 100000; got {MaxOutstanding}.");
        }

        if (Curve is { ClientCertificate.HasSecretKey: false })
        {
            problems.Add("The CURVE client certificate needs its secret key.");
        }

        return problems;
    }
}
