// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Metrics;

/// <summary>A run's metrics, as written to metrics.json.</summary>
/// <param name="Frames">Frames shown.</param>
/// <param name="WallSeconds">Time from the first to the last frame shown.</param>
/// <param name="FramesPerSecond">Frames shown per second of wall time (output rate, not input rate).</param>
/// <param name="Stages">Per-stage durations, keyed by stage name.</param>
/// <param name="Tiers">Per-tier traffic and latency, keyed by tier name.</param>
/// <param name="Drops">Counts of dropped results, frames or requests, keyed by reason.</param>
public sealed record MetricsReport(
    long Frames,
    double WallSeconds,
    double FramesPerSecond,
    IReadOnlyDictionary<string, LatencySummary> Stages,
    IReadOnlyDictionary<string, TierMetrics> Tiers,
    IReadOnlyDictionary<string, long> Drops);
