// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>What a sweep runs: its inputs, repeat counts, configurations and frame-loop measurements.</summary>
public sealed record SweepPlan
{
    /// <summary>The glob of sequence folders.</summary>
    public required string Sequences { get; init; }

    /// <summary>The COCO ground truth.</summary>
    public required string Annotations { get; init; }

    /// <summary>Measured runs per configuration.</summary>
    public required int Repeats { get; init; }

    /// <summary>Warm-up runs before a configuration's first missing repeat; their outputs are discarded.</summary>
    public required int Warmup { get; init; }

    /// <summary>The configurations, grid points first, then baselines.</summary>
    public required IReadOnlyList<PlannedConfiguration> Configurations { get; init; }

    /// <summary>Models measured in the frame loop against the Python OpenCV peer; none skips the peer.</summary>
    public IReadOnlyList<string> PeerModels { get; init; } = [];

    /// <summary>Frames the frame loops read; null for every frame of the sequences.</summary>
    public int? LoopFrames { get; init; }
}
