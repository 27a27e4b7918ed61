// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;
using VateSharp.Reporting.Plots;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// The five plots of a sweep report, all from medians over runs: mAP against detection rate per mode (with the
/// device-only references as their own lines), mAP against bytes sent per frame per cloud policy (with each
/// baseline as its own series), the FPS of every run, the chosen pipeline point's latency percentiles per tier,
/// and the share of frames sent to the cloud per policy (VATE's beside them).
/// </summary>
internal static class SweepPlots
{
    public static IReadOnlyList<IPlotSpec> Build(SweepResults results, ConfigurationResult? pipeline)
    {
        var points = results.WithRole(ConfigurationRole.Sweep).ToArray();
        return
        [
            new MapVersusRatePlot(MapByRate(results, points)),
            new MapVersusBytesPlot(MapByBytes(results, points)),
            new FpsHistogramPlot([.. results.Configurations.SelectMany(c => c.Runs).Select(r => r.Metrics.Fps).OfType<double>()])
            {
                Title = "FPS of every run",
            },
            new LatencyPercentilesPlot(Latencies(pipeline))
            {
                Title = pipeline is null ? "Latency percentiles per tier" : $"Latency percentiles per tier ({pipeline.Id})",
            },
            new OffloadRatioPlot(CloudShares(results, points)) { Title = "Share of frames sent to the cloud per policy" },
        ];
    }

    private static List<PlotSeries> MapByRate(SweepResults results, ConfigurationResult[] points)
    {
        // A series is one mode plus whichever other settings vary across the grid, so that lines never mix them.
        var varying = VaryingSettings(points.Select(p => p.Planned.Configuration).ToArray());
        var series = points
            .GroupBy(p => SeriesName(p.Planned.Configuration, varying), StringComparer.Ordinal)
            .Select(g => new PlotSeries(g.Key, Points(g, p => p.Planned.Configuration.DetectionRate)))
            .ToList();
        series.AddRange(results.WithRole(ConfigurationRole.DeviceOnly)
            .GroupBy(p => "device only, " + p.Planned.Configuration.Mode, StringComparer.Ordinal)
            .Select(g => new PlotSeries(g.Key, Points(g, p => p.Planned.Configuration.DetectionRate))));
        return series;
    }

    private static List<PlotSeries> MapByBytes(SweepResults results, ConfigurationResult[] points)
    {
        var series = points
            .GroupBy(p => "cloud policy " + Labels.Setting(p.Planned.Configuration.CloudPolicy), StringComparer.Ordinal)
            .Select(g => new PlotSeries(g.Key, Points(g, p => p.Median(m => m.BytesPerFrame))))
            .ToList();
        ConfigurationRole[] baselines =
        [
            ConfigurationRole.VateSync, ConfigurationRole.VateAsync, ConfigurationRole.ServerCeiling,
            ConfigurationRole.CloudCeiling, ConfigurationRole.DeviceOnly,
        ];
        foreach (var role in baselines)
        {
            var members = results.WithRole(role).ToArray();
            if (members.Length > 0)
            {
                series.Add(new PlotSeries(role.ToLabel(), Points(members, p => p.Median(m => m.BytesPerFrame))));
            }
        }

        return series;
    }

    private static List<TierLatency> Latencies(ConfigurationResult? pipeline)
    {
        if (pipeline is null)
        {
            return [];
        }

        return
        [
            .. SweepConfiguration.TierOrder
                .Where(tier => pipeline.Runs.Any(r => r.Metrics.Tier(tier)?.P50Ms is not null))
                .Select(tier => new TierLatency(
                    tier,
                    pipeline.Median(m => m.Tier(tier)?.P50Ms) ?? double.NaN,
                    pipeline.Median(m => m.Tier(tier)?.P95Ms) ?? double.NaN,
                    pipeline.Median(m => m.Tier(tier)?.P99Ms) ?? double.NaN)),
        ];
    }

    private static List<CategoryValue> CloudShares(SweepResults results, ConfigurationResult[] points)
    {
        var shares = points
            .Where(p => p.Planned.Configuration.HasCloud)
            .GroupBy(p => Labels.Setting(p.Planned.Configuration.CloudPolicy), StringComparer.Ordinal)
            .Select(g => new CategoryValue(g.Key, Median(g.Select(p => p.Median(m => m.CloudRatio)))))
            .ToList();
        foreach (var role in new[] { ConfigurationRole.VateSync, ConfigurationRole.VateAsync })
        {
            var members = results.WithRole(role).ToArray();
            if (members.Length > 0)
            {
                shares.Add(new CategoryValue(role.ToLabel(), Median(members.Select(p => p.Median(m => m.CloudRatio)))));
            }
        }

        return shares;
    }

    private static PlotPoint[] Points(IEnumerable<ConfigurationResult> members, Func<ConfigurationResult, double?> x) =>
    [
        .. members
            .Select(p => (X: x(p), Y: p.Median(m => m.Ap)))
            .Where(p => p.X is not null && p.Y is not null)
            .Select(p => new PlotPoint(p.X!.Value, p.Y!.Value)),
    ];

    private static double Median(IEnumerable<double?> values)
    {
        var sorted = values.OfType<double>().Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static HashSet<string> VaryingSettings(SweepConfiguration[] configurations)
    {
        var settings = new Dictionary<string, Func<SweepConfiguration, string?>>
        {
            ["tiers"] = c => Labels.Tiers(c.Tiers),
            ["fusion"] = c => c.Fusion,
            ["server policy"] = c => c.ServerPolicy,
            ["cloud policy"] = c => c.CloudPolicy,
            ["server model"] = c => c.ServerModel,
            ["cloud models"] = c => c.CloudModels,
            ["q"] = c => c.JpegQuality?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["realtime"] = c => Labels.Realtime(c.Realtime),
        };
        return [.. settings.Where(s => configurations.Select(s.Value).Distinct().Count() > 1).Select(s => s.Key)];
    }

    private static string SeriesName(SweepConfiguration c, HashSet<string> varying)
    {
        var parts = new List<string> { c.Mode };
        void Add(string key, string? value)
        {
            if (varying.Contains(key))
            {
                parts.Add(key == "q" ? "q" + value : $"{key} {value ?? "default"}");
            }
        }

        Add("tiers", Labels.Tiers(c.Tiers));
        Add("fusion", c.Fusion);
        Add("server policy", c.ServerPolicy);
        Add("cloud policy", c.CloudPolicy);
        Add("server model", c.ServerModel);
        Add("cloud models", c.CloudModels);
        Add("q", c.JpegQuality?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("realtime", Labels.Realtime(c.Realtime));
        return string.Join(", ", parts);
    }
}
