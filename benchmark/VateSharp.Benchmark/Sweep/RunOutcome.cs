// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>How a run ended: success, or a failure with one sentence saying why.</summary>
public readonly record struct RunOutcome(bool Succeeded, string? Failure)
{
    /// <summary>A run that finished and wrote its outputs.</summary>
    public static RunOutcome Success => new(true, null);

    /// <summary>A run that failed.</summary>
    public static RunOutcome Failed(string reason) => new(false, reason);
}
