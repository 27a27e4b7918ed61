// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Metrics;

/// <summary>What one tier cost and delivered over a run.</summary>
/// <param name="Requests">Frames sent.</param>
/// <param name="Replies">Replies received.</param>
/// <param name="BytesSent">Request bytes put on the wire.</param>
/// <param name="OffloadRatio">Frames sent divided by frames decided on (0 when none).</param>
/// <param name="Latency">Round trips of the replies.</param>
/// <param name="TimeDegradedSeconds">Time spent slow or down.</param>
/// <param name="HealthTransitions">Changes of health condition.</param>
public sealed record TierMetrics(
    long Requests,
    long Replies,
    long BytesSent,
    double OffloadRatio,
    LatencySummary Latency,
    double TimeDegradedSeconds,
    int HealthTransitions);
