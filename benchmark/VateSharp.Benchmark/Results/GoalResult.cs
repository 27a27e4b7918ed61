// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Results;

/// <summary>One performance goal as measured by a sweep.</summary>
/// <param name="Goal">What is compared, e.g. "pipeline mAP ÷ device-only mAP".</param>
/// <param name="Measured">The measured ratio, or null when a side was not measured.</param>
/// <param name="Target">The smallest ratio that meets the goal.</param>
/// <param name="Basis">Which runs the ratio comes from, with the two sides' values.</param>
public sealed record GoalResult(string Goal, double? Measured, double Target, string Basis)
{
    /// <summary>Whether the goal is met; null when it could not be measured.</summary>
    public bool? Met => Measured is { } m ? m >= Target : null;

    /// <summary>By how much the ratio falls short of the target, as a fraction of it (0.25 = 25 % short); 0 when met.</summary>
    public double? Shortfall => Measured is { } m ? Math.Max(0, (Target - m) / Target) : null;
}
