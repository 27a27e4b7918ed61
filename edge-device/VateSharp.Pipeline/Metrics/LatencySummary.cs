// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Metrics;

/// <summary>
/// Summary of a set of durations in milliseconds. Percentiles interpolate linearly between the two nearest
/// ranks (the default of numpy.percentile); every field is 0 when there are no samples.
/// </summary>
public sealed record LatencySummary(int Count, double MeanMs, double P50Ms, double P90Ms, double P95Ms, double P99Ms, double MaxMs)
{
    /// <summary>Gets the summary of no samples.</summary>
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Summarises <paramref name="milliseconds"/> (the list is sorted in place).</summary>
    public static LatencySummary Of(List<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return Empty;
        }

        milliseconds.Sort();
        return new LatencySummary(
            milliseconds.Count,
            milliseconds.Average(),
            Percentile(milliseconds, 50),
            Percentile(milliseconds, 90),
            Percentile(milliseconds, 95),
            Percentile(milliseconds, 99),
            milliseconds[^1]);
    }

    /// <summary>Returns the <paramref name="percent"/>-th percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = percent / 100.0 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }
}
