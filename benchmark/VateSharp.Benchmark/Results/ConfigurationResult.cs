// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Results;

/// <summary>A configuration of a sweep and its finished runs (possibly none).</summary>
public sealed record ConfigurationResult(PlannedConfiguration Planned, IReadOnlyList<RunRecord> Runs)
{
    /// <summary>The configuration id.</summary>
    public string Id => Planned.Id;

    /// <summary>The median of a value over the runs that have it, or null when none has.</summary>
    public double? Median(Func<RunMetrics, double?> value)
    {
        ArgumentNullException.ThrowIfNull(value);

        var values = Runs.Select(r => value(r.Metrics)).OfType<double>().Where(double.IsFinite).Order().ToArray();
        if (values.Length == 0)
        {
            return null;
        }

        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
