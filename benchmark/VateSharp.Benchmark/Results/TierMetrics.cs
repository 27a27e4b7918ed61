// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Results;

/// <summary>One tier's figures from a run's metrics.json; null where the run did not measure it.</summary>
/// <param name="Tier">device, server or cloud.</param>
/// <param name="P50Ms">Median latency of the tier's detections (request to reply for remote tiers), ms.</param>
/// <param name="P95Ms">95th percentile latency, ms.</param>
/// <param name="P99Ms">99th percentile latency, ms.</param>
/// <param name="Frames">Frames the tier detected (or was sent).</param>
/// <param name="BytesSent">Bytes sent to the tier over the whole run.</param>
/// <param name="Drops">Requests to the tier that failed (timeout, unavailable, rejected, late, error).</param>
/// <param name="OffloadRatio">Share of frames sent to the tier (0 to 1); for the primary tier, its requests per shown
/// frame.</param>
public sealed record TierMetrics(
    string Tier, double? P50Ms, double? P95Ms, double? P99Ms, double? Frames, double? BytesSent, double? Drops,
    double? OffloadRatio = null);
