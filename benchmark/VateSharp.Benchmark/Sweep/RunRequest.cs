// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>One run the sweep asks its <see cref="RunLauncher"/> for.</summary>
/// <param name="Planned">The configuration to run.</param>
/// <param name="Repeat">1-based repeat number; 0 for a warm-up.</param>
/// <param name="OutputDirectory">An empty folder the run writes run.json, metrics.json and scores.json into;
/// the sweep moves it into place only when the run succeeded and all three are there.</param>
/// <param name="Sequences">The glob of sequence folders.</param>
/// <param name="Annotations">The COCO ground truth.</param>
public sealed record RunRequest(
    PlannedConfiguration Planned, int Repeat, string OutputDirectory, string Sequences, string Annotations)
{
    /// <summary>Whether this run only warms caches up and its outputs are thrown away.</summary>
    public bool IsWarmup => Repeat == 0;
}
