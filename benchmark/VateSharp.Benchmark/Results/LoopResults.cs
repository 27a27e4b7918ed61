// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Results;

/// <summary>The frame-loop measurements of a sweep: decode only, and per model ours and the Python peer's.</summary>
public sealed record LoopResults
{
    /// <summary>No measurements (a sweep with --no-loops).</summary>
    public static LoopResults None { get; } = new();

    /// <summary>Our loop reading frames only, one per repeat.</summary>
    public IReadOnlyList<LoopMeasurement> DecodeOnly { get; init; } = [];

    /// <summary>Per model: our loop's measurements.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LoopMeasurement>> Ours { get; init; } =
        new Dictionary<string, IReadOnlyList<LoopMeasurement>>();

    /// <summary>Per model: the peer's measurements, including ones that say why it could not run.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LoopMeasurement>> Peer { get; init; } =
        new Dictionary<string, IReadOnlyList<LoopMeasurement>>();

    /// <summary>The models measured, in name order.</summary>
    public IReadOnlyList<string> Models => [.. Ours.Keys.Union(Peer.Keys).Order(StringComparer.Ordinal)];
}
