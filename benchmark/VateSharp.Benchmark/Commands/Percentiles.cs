// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Commands;

/// <summary>Nearest-rank percentiles of a sample of durations, in milliseconds.</summary>
internal readonly record struct Percentiles(double P50, double P95, double P99, double Mean)
{
    public static Percentiles Of(IReadOnlyList<TimeSpan> samples)
    {
        var sorted = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
        double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(At(0.50), At(0.95), At(0.99), sorted.Length == 0 ? double.NaN : sorted.Average());
    }
}
