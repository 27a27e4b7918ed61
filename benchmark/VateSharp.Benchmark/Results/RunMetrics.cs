// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Results;

/// <summary>What the report takes from one run's metrics.json and scores.json; null where a value is absent.</summary>
public sealed record RunMetrics
{
    /// <summary>Frames the run processed.</summary>
    public double? Frames { get; init; }

    /// <summary>Processed frames per second of wall time.</summary>
    public double? Fps { get; init; }

    /// <summary>Frames dropped (realtime playback falling behind, full queues, late replies).</summary>
    public double? Drops { get; init; }

    /// <summary>Bytes sent to remote tiers per processed frame.</summary>
    public double? BytesPerFrame { get; init; }

    /// <summary>Fraction of frames sent to the cloud (0 to 1).</summary>
    public double? CloudRatio { get; init; }

    /// <summary>Fraction of frames sent to the edge server (0 to 1).</summary>
    public double? ServerRatio { get; init; }

    /// <summary>Wall time of the frame loop in seconds.</summary>
    public double? WallSeconds { get; init; }

    /// <summary>CPU time of the whole process in seconds (every thread, every embedded tier).</summary>
    public double? CpuSeconds { get; init; }

    /// <summary>Mean duration of each pipeline stage in milliseconds, by stage name (Decode, DeviceDetect, Track,
    /// CatchUp, Encode, Fuse, Frame ...), in the order the run reports them.</summary>
    public IReadOnlyList<KeyValuePair<string, double?>> Stages { get; init; } = [];

    /// <summary>Per-tier figures, device first.</summary>
    public IReadOnlyList<TierMetrics> Tiers { get; init; } = [];

    /// <summary>COCO AP@[.5:.95] over every scored frame.</summary>
    public double? Ap { get; init; }

    /// <summary>COCO AP at IoU 0.5.</summary>
    public double? Ap50 { get; init; }

    /// <summary>COCO AP at IoU 0.75.</summary>
    public double? Ap75 { get; init; }

    /// <summary>AP of each sequence alone, by sequence name.</summary>
    public IReadOnlyDictionary<string, double?> SequenceAp { get; init; } = new Dictionary<string, double?>();

    /// <summary>The figures of one tier, or null when the run has none.</summary>
    public TierMetrics? Tier(string name) => Tiers.FirstOrDefault(t => string.Equals(t.Tier, name, StringComparison.Ordinal));
}
