// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// The report's first table (results.csv): one row per configuration, grid points first and baselines after
/// them, each metric the median of the finished runs with min–max. A configuration without finished runs keeps
/// its row, with Runs 0 and NA metrics, so nothing planned silently disappears.
/// </summary>
internal static class ConfigurationsTable
{
    public const string Title = "Configurations";

    public static ReportTable Build(SweepResults results)
    {
        var table = new ReportTable(Title,
        [
            ReportColumn.Text("Role"),
            ReportColumn.Text("Mode"),
            ReportColumn.Count("Rate") with { Description = "Detection rate N: the primary detector's pacing in frames." },
            ReportColumn.Text("Tiers"),
            ReportColumn.Text("Fusion"),
            ReportColumn.Text("Server policy"),
            ReportColumn.Text("Cloud policy"),
            ReportColumn.Count("JPEG") with { Description = "JPEG quality of frames sent to remote tiers (NA: nothing is sent)." },
            ReportColumn.Text("Realtime"),
            ReportColumn.Count("Runs") with { AllowHoist = false },
            ReportColumn.Ratio("mAP") with { Description = "COCO AP@[.50:.95] over every frame, as pycocotools computes it.", AllowHoist = false },
            ReportColumn.Ratio("AP50"),
            ReportColumn.FramesPerSecond("FPS") with { Description = "Frames processed per second of wall time.", AllowHoist = false },
            ReportColumn.Duration("p95 device"),
            ReportColumn.Duration("p95 server"),
            ReportColumn.Duration("p95 cloud") with { Description = "95th percentile of a tier's latency (request to reply for remote tiers)." },
            ReportColumn.Bytes("Sent per frame") with { Description = "Bytes sent to the edge server and the cloud per processed frame." },
            ReportColumn.Percent("Cloud frames") with { Description = "Share of frames sent to the cloud." },
            ReportColumn.Count("Drops"),
            ReportColumn.Text("Configuration") with { Description = "Folder of the runs under runs/." },
        ])
        {
            Description = "One row per configuration: median (min–max) over its finished runs. Grid points come first, then the baselines " +
                "(device only; each tier alone on every frame; VATE's configuration).",
        };

        foreach (var result in results.Configurations)
        {
            var c = result.Planned.Configuration;
            var detects = !c.DecodeOnly;
            table.AddRow(
                Labels.Roles(result.Planned),
                detects ? c.Mode : null,
                detects ? c.DetectionRate : ReportValue.Missing,
                detects ? Labels.Tiers(c.Tiers) : "none",
                detects ? c.Fusion : null,
                c.HasServer ? Labels.Setting(c.ServerPolicy) : null,
                c.HasCloud ? Labels.Setting(c.CloudPolicy) : null,
                c.JpegQuality,
                Labels.Realtime(c.Realtime),
                result.Runs.Count,
                Summary(result, m => m.Ap),
                Summary(result, m => m.Ap50),
                Summary(result, m => m.Fps),
                Summary(result, m => m.Tier("device")?.P95Ms),
                Summary(result, m => m.Tier("server")?.P95Ms),
                Summary(result, m => m.Tier("cloud")?.P95Ms),
                Summary(result, m => m.BytesPerFrame),
                Summary(result, m => m.CloudRatio * 100),
                Summary(result, m => m.Drops),
                result.Id);
        }

        return table;
    }

    /// <summary>The median (min–max) of a value over a configuration's runs.</summary>
    public static ReportValue Summary(ConfigurationResult result, Func<RunMetrics, double?> value) =>
        RunAggregation.Summarize(result.Runs.Select(r => value(r.Metrics)));
}
