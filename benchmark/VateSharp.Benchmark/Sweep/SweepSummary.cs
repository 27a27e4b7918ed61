// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>What a sweep did: runs executed, runs kept from before, and failures (one sentence each).</summary>
public sealed record SweepSummary(int Executed, int Reused, IReadOnlyList<string> Failures)
{
    /// <summary>Whether every planned run is now finished.</summary>
    public bool Succeeded => Failures.Count == 0;
}
