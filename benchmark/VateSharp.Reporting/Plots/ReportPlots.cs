// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using ScottPlot;

namespace VateSharp.Reporting.Plots;

/// <summary>
/// The benchmark's plots, rendered by ScottPlot as PNG files of exactly the requested size (800 × 500 by
/// default). Each function takes plain data, writes the file (creating its folder) and returns its full path.
/// Empty data gives an empty set of axes rather than an error, so one missing mode cannot sink a report.
/// </summary>
public static class ReportPlots
{
    /// <summary>mAP against detection rate, one line per mode (sync, async ...); points are sorted by rate.</summary>
    /// <param name="modes">One series per mode: X is the detection rate, Y the mAP (0 to 1).</param>
    /// <param name="path">Where to write the PNG; must end in .png.</param>
    /// <param name="size">Pixel size; <see cref="PlotSize.Default"/> when null.</param>
    /// <param name="title">Plot title; "mAP vs detection rate" when null.</param>
    public static string MapVersusDetectionRate(
        IReadOnlyList<PlotSeries> modes, string path, PlotSize? size = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(modes);
        PlotCanvas.Check(path, size);

        var plot = PlotCanvas.Create(title ?? "mAP vs detection rate", "Detection rate", "mAP");
        for (var i = 0; i < modes.Count; i++)
        {
            var points = modes[i].Points.OrderBy(p => p.X).ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(),
                PlotCanvas.ColorAt(i));
            line.LegendText = modes[i].Name;
            line.LineWidth = 2;
            line.MarkerSize = 8;
        }

        ShowLegendIfNamed(plot, modes.Count);
        return PlotCanvas.Save(plot, path, size);
    }

    /// <summary>mAP against bytes sent per frame, as points without lines, one colour per series.</summary>
    /// <param name="series">X is bytes per frame (plotted in KiB), Y the mAP; e.g. one series per offload policy.</param>
    /// <param name="path">Where to write the PNG; must end in .png.</param>
    /// <param name="size">Pixel size; <see cref="PlotSize.Default"/> when null.</param>
    /// <param name="title">Plot title; "mAP vs bytes sent per frame" when null.</param>
    public static string MapVersusBytesPerFrame(
        IReadOnlyList<PlotSeries> series, string path, PlotSize? size = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        PlotCanvas.Check(path, size);

        var plot = PlotCanvas.Create(title ?? "mAP vs bytes sent per frame", "Bytes sent per frame [KiB]", "mAP");
        for (var i = 0; i < series.Count; i++)
        {
            var points = series[i].Points;
            if (points.Count == 0)
            {
                continue;
            }

            var dots = plot.Add.ScatterPoints(points.Select(p => p.X / 1024).ToArray(),
                points.Select(p => p.Y).ToArray(), PlotCanvas.ColorAt(i));
            dots.LegendText = series[i].Name;
            dots.MarkerSize = 9;
        }

        ShowLegendIfNamed(plot, series.Count);
        return PlotCanvas.Save(plot, path, size);
    }

    /// <summary>Histogram of frames-per-second values (one per run, or one per window of a run).</summary>
    /// <param name="fps">The values; non-finite ones are left out.</param>
    /// <param name="path">Where to write the PNG; must end in .png.</param>
    /// <param name="size">Pixel size; <see cref="PlotSize.Default"/> when null.</param>
    /// <param name="title">Plot title; "FPS distribution" when null.</param>
    /// <param name="bins">Number of bins; by Sturges' rule (1 + log2 n, between 5 and 30) when null.</param>
    public static string FpsHistogram(
        IReadOnlyList<double> fps, string path, PlotSize? size = null, string? title = null, int? bins = null)
    {
        ArgumentNullException.ThrowIfNull(fps);
        PlotCanvas.Check(path, size);
        if (bins is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(bins), $"A histogram needs at least 1 bin, but got {bins}.");
        }

        var plot = PlotCanvas.Create(title ?? "FPS distribution", "Frames per second", "Runs");
        var values = fps.Where(double.IsFinite).ToArray();
        if (values.Length > 0)
        {
            var count = bins ?? Math.Clamp(1 + (int)Math.Ceiling(Math.Log2(values.Length)), 5, 30);
            var (min, max) = (values.Min(), values.Max());

            // All values equal would give bins of width zero; widen the range by half a frame per second each way.
            if (max - min < 1e-9)
            {
                (min, max) = (min - 0.5, max + 0.5);
            }

            // Bins are counted here rather than by ScottPlot so the largest value lands in the last bin and the
            // axes fit the bars' full width.
            var width = (max - min) / count;
            var counts = new int[count];
            foreach (var value in values)
            {
                counts[Math.Min((int)((value - min) / width), count - 1)]++;
            }

            plot.Add.Bars(counts.Select((n, i) => new Bar
            {
                Position = min + ((i + 0.5) * width),
                Value = n,
                Size = width,
                FillColor = PlotCanvas.ColorAt(0),
            }).ToList());
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
            plot.Axes.Margins(bottom: 0);
        }

        return PlotCanvas.Save(plot, path, size);
    }

    /// <summary>Latency percentiles per tier as grouped bars: p50, p95 and p99 side by side for each tier.</summary>
    /// <param name="tiers">One entry per tier (edge device, edge server, cloud), values in milliseconds.</param>
    /// <param name="path">Where to write the PNG; must end in .png.</param>
    /// <param name="size">Pixel size; <see cref="PlotSize.Default"/> when null.</param>
    /// <param name="title">Plot title; "Latency percentiles per tier" when null.</param>
    public static string LatencyPercentiles(
        IReadOnlyList<TierLatency> tiers, string path, PlotSize? size = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        PlotCanvas.Check(path, size);

        var plot = PlotCanvas.Create(title ?? "Latency percentiles per tier", "Tier", "Latency [ms]");
        string[] names = ["p50", "p95", "p99"];
        var bars = new List<Bar>();
        for (var t = 0; t < tiers.Count; t++)
        {
            double[] values = [tiers[t].P50Ms, tiers[t].P95Ms, tiers[t].P99Ms];
            for (var k = 0; k < values.Length; k++)
            {
                // Four slots per tier: three bars and a gap before the next tier.
                bars.Add(new Bar
                {
                    Position = (t * 4) + k,
                    Value = double.IsFinite(values[k]) ? values[k] : 0,
                    FillColor = PlotCanvas.ColorAt(k),
                    Label = double.IsFinite(values[k]) ? values[k].ToString("F1", CultureInfo.InvariantCulture) : "NA",
                });
            }
        }

        if (bars.Count > 0)
        {
            plot.Add.Bars(bars);
            plot.Axes.Bottom.SetTicks(
                tiers.Select((_, t) => (t * 4) + 1.0).ToArray(), tiers.Select(t => t.Tier).ToArray());
            for (var k = 0; k < names.Length; k++)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = names[k], FillColor = PlotCanvas.ColorAt(k) });
            }

            plot.ShowLegend(Alignment.UpperLeft);
            plot.Axes.Margins(bottom: 0);
        }

        return PlotCanvas.Save(plot, path, size);
    }

    /// <summary>Offload ratio per policy as bars on a 0 to 1 scale, each labelled with its value.</summary>
    /// <param name="policies">One entry per offload policy; values are fractions of frames offloaded.</param>
    /// <param name="path">Where to write the PNG; must end in .png.</param>
    /// <param name="size">Pixel size; <see cref="PlotSize.Default"/> when null.</param>
    /// <param name="title">Plot title; "Offload ratio per policy" when null.</param>
    public static string OffloadRatioByPolicy(
        IReadOnlyList<CategoryValue> policies, string path, PlotSize? size = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        PlotCanvas.Check(path, size);

        var plot = PlotCanvas.Create(title ?? "Offload ratio per policy", "Offload policy", "Offload ratio");
        var bars = policies.Select((p, i) => new Bar
        {
            Position = i,
            Value = double.IsFinite(p.Value) ? p.Value : 0,
            FillColor = PlotCanvas.ColorAt(0),
            Label = double.IsFinite(p.Value) ? p.Value.ToString("F3", CultureInfo.InvariantCulture) : "NA",
        }).ToList();

        if (bars.Count > 0)
        {
            plot.Add.Bars(bars);
            plot.Axes.Bottom.SetTicks(
                policies.Select((_, i) => (double)i).ToArray(), policies.Select(p => p.Category).ToArray());
        }

        // A ratio lives between 0 and 1; headroom above 1 leaves space for the value labels.
        plot.Axes.SetLimitsY(0, 1.1);
        return PlotCanvas.Save(plot, path, size);
    }

    private static void ShowLegendIfNamed(Plot plot, int seriesCount)
    {
        // Beside the data area rather than inside it, where it would hide points at the edges.
        if (seriesCount > 0)
        {
            plot.ShowLegend(Edge.Right);
        }
    }
}
