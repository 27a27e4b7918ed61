// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>p50, p95 and p99 latency per tier as grouped bars; see <see cref="ReportPlots.LatencyPercentiles"/>.</summary>
public sealed record LatencyPercentilesPlot(IReadOnlyList<TierLatency> Tiers) : IPlotSpec
{
    /// <summary>File name in the report folder; "latency-percentiles.png" by default.</summary>
    public string FileName { get; init; } = "latency-percentiles.png";

    /// <summary>Title and caption; "Latency percentiles per tier" by default.</summary>
    public string Title { get; init; } = "Latency percentiles per tier";

    /// <summary>Pixel size; <see cref="PlotSize.Default"/> when null (the default).</summary>
    public PlotSize? Size { get; init; }

    /// <inheritdoc/>
    public string Render(string path) => ReportPlots.LatencyPercentiles(Tiers, path, Size, Title);
}
