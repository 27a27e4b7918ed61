// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Pipeline.Metrics;

namespace VateSharp.Pipeline.Device;

/// <summary>What one tier did over a run (one entry of metrics.json's <c>tiers</c>).</summary>
public sealed record TierReport
{
    /// <summary>Gets the tier's name: device, server or cloud.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the tier's role: primary (paced by the detection rate) or offloaded (paced by its policy).</summary>
    public required string Role { get; init; }

    /// <summary>Gets what the tier runs and where.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the offload policy of an offloaded tier; null for the primary.</summary>
    public string? Policy { get; init; }

    /// <summary>Gets the frames handed to the tier.</summary>
    public long Requests { get; init; }

    /// <summary>Gets the replies with boxes.</summary>
    public long Replies { get; init; }

    /// <summary>Gets the JPEG bytes sent (0 for the device's own detector).</summary>
    public long BytesSent { get; init; }

    /// <summary>Gets the share of frames sent to the tier (requests / frames decided on; primary: requests / shown frames).</summary>
    public double OffloadRatio { get; init; }

    /// <summary>Gets the time from hand-over to reply.</summary>
    public LatencySummary Latency { get; init; } = LatencySummary.Empty;

    /// <summary>Gets the time the tier was slow or down.</summary>
    public double TimeDegradedSeconds { get; init; }

    /// <summary>Gets the changes of the tier's health condition.</summary>
    public int HealthTransitions { get; init; }

    /// <summary>Gets the failed requests by reason (timeout, unavailable, rejected, late, error).</summary>
    public IReadOnlyDictionary<string, long> Failures { get; init; } = new Dictionary<string, long>();

    /// <summary>Gets the replies merged into what was shown.</summary>
    public long Merged { get; init; }

    /// <summary>Gets how many frames late merged replies were, on average (brought forward by tracking).</summary>
    public double MeanFramesBehind { get; init; }

    /// <summary>Gets the most frames late a merged reply was.</summary>
    public int MaxFramesBehind { get; init; }

    /// <summary>Gets the CPU time spent in the tier's detectors when it ran in this process; null for a remote tier.</summary>
    public double? CpuSeconds { get; init; }
}
