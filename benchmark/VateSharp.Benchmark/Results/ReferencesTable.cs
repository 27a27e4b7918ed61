// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// Each grid point beside its references: its mAP against the device alone at the same rate and mode, against the
/// best single tier on every frame (the ceiling) and against VATE's configuration in the same mode; its FPS against
/// VATE's and the device's. Ratios are of medians.
/// </summary>
internal static class ReferencesTable
{
    public const string Title = "Against the baselines";

    public static ReportTable Build(SweepResults results)
    {
        var table = new ReportTable(Title,
        [
            ReportColumn.Text("Mode"),
            ReportColumn.Count("Rate"),
            ReportColumn.Text("Tiers"),
            ReportColumn.Text("Cloud policy"),
            ReportColumn.Text("Realtime"),
            ReportColumn.Ratio("mAP") with { AllowHoist = false },
            ReportColumn.Ratio("Device-only mAP"),
            ReportColumn.Number("× device only") with { Decimals = 2, AllowHoist = false, Description = "mAP ÷ device-only mAP (goal ≥ 1.5)." },
            ReportColumn.Ratio("Ceiling mAP") with { Description = "The best of the three tiers alone on every frame (see the Configurations table for each)." },
            ReportColumn.Number("÷ ceiling") with { Decimals = 2, AllowHoist = false, Description = "mAP ÷ ceiling mAP (goal ≥ 0.9 at ≤ 20 % cloud frames)." },
            ReportColumn.Ratio("VATE mAP") with { Description = "VATE's configuration (VATE fusion, rate 5, server and cloud) in the same mode." },
            ReportColumn.Number("÷ VATE") with { Decimals = 2, AllowHoist = false },
            ReportColumn.FramesPerSecond("FPS") with { AllowHoist = false },
            ReportColumn.FramesPerSecond("VATE FPS"),
            ReportColumn.FramesPerSecond("Device-only FPS"),
            ReportColumn.Percent("Cloud frames"),
            ReportColumn.Text("Configuration"),
        ])
        {
            Description = "Each grid point with its references beside it (medians over runs; NA where a reference was not run).",
        };

        foreach (var point in results.WithRole(ConfigurationRole.Sweep))
        {
            var c = point.Planned.Configuration;
            var refs = References.Of(results, c);
            var map = point.Median(m => m.Ap);
            var fps = point.Median(m => m.Fps);
            var deviceMap = refs.DeviceOnly?.Median(m => m.Ap);
            var ceilingMap = refs.BestCeiling?.Median(m => m.Ap);
            var vateMap = refs.VateSameMode?.Median(m => m.Ap);
            table.AddRow(
                c.Mode,
                c.DetectionRate,
                Labels.Tiers(c.Tiers),
                c.HasCloud ? Labels.Setting(c.CloudPolicy) : null,
                Labels.Realtime(c.Realtime),
                map,
                deviceMap,
                Divide(map, deviceMap),
                ceilingMap,
                Divide(map, ceilingMap),
                vateMap,
                Divide(map, vateMap),
                fps,
                refs.VateSameMode?.Median(m => m.Fps),
                refs.DeviceOnly?.Median(m => m.Fps),
                point.Median(m => m.CloudRatio * 100),
                point.Id);
        }

        return table;
    }

    /// <summary>a ÷ b, or null when either is missing or b is zero.</summary>
    public static double? Divide(double? a, double? b) => a is { } x && b is { } y && y != 0 ? x / y : null;
}
