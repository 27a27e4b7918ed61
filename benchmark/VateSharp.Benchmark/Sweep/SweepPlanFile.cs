// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>The JSON form of a <see cref="SweepPlan"/> (sweep.json).</summary>
public sealed record SweepPlanFile
{
    /// <summary>The glob of sequence folders.</summary>
    public required string Sequences { get; init; }

    /// <summary>The COCO ground truth.</summary>
    public required string Annotations { get; init; }

    /// <summary>Measured runs per configuration.</summary>
    public required int Repeats { get; init; }

    /// <summary>Warm-up runs per configuration.</summary>
    public required int Warmup { get; init; }

    /// <summary>Models of the frame-loop comparison.</summary>
    public IReadOnlyList<string> PeerModels { get; init; } = [];

    /// <summary>Frames of the frame loops; null for all.</summary>
    public int? LoopFrames { get; init; }

    /// <summary>The configurations.</summary>
    public required IReadOnlyList<ConfigurationFile> Configurations { get; init; }

    /// <summary>The file form of a plan.</summary>
    public static SweepPlanFile From(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new SweepPlanFile
        {
            Sequences = plan.Sequences,
            Annotations = plan.Annotations,
            Repeats = plan.Repeats,
            Warmup = plan.Warmup,
            PeerModels = plan.PeerModels,
            LoopFrames = plan.LoopFrames,
            Configurations = [.. plan.Configurations.Select(ConfigurationFile.From)],
        };
    }

    /// <summary>Back to a plan.</summary>
    public SweepPlan ToPlan() => new()
    {
        Sequences = Sequences,
        Annotations = Annotations,
        Repeats = Repeats,
        Warmup = Warmup,
        PeerModels = PeerModels,
        LoopFrames = LoopFrames,
        Configurations = [.. Configurations.Select(c => c.ToPlanned())],
    };
}
