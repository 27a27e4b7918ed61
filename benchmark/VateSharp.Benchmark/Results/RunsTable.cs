// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Results;

/// <summary>Every finished run on its own row, for anyone who wants to see the spread behind a median.</summary>
internal static class RunsTable
{
    public const string Title = "Runs";

    private static readonly string[] TierNames = ["device", "server", "cloud"];

    public static ReportTable Build(SweepResults results)
    {
        var columns = new List<ReportColumn>
        {
            ReportColumn.Text("Configuration"),
            ReportColumn.Count("Repeat"),
            ReportColumn.Ratio("mAP") with { AllowHoist = false },
            ReportColumn.Ratio("AP50"),
            ReportColumn.Ratio("AP75"),
            ReportColumn.FramesPerSecond("FPS") with { AllowHoist = false },
            ReportColumn.Count("Frames"),
        };
        foreach (var tier in TierNames)
        {
            columns.Add(ReportColumn.Duration($"p50 {tier}"));
            columns.Add(ReportColumn.Duration($"p95 {tier}"));
            columns.Add(ReportColumn.Duration($"p99 {tier}"));
        }

        columns.Add(ReportColumn.Bytes("Sent per frame"));
        columns.Add(ReportColumn.Percent("Server frames"));
        columns.Add(ReportColumn.Percent("Cloud frames"));
        columns.Add(ReportColumn.Count("Drops"));
        var table = new ReportTable(Title, columns) { Description = "Each finished run of each configuration." };

        foreach (var result in results.Configurations)
        {
            foreach (var run in result.Runs)
            {
                var m = run.Metrics;
                var values = new List<ReportValue> { result.Id, run.Repeat, m.Ap, m.Ap50, m.Ap75, m.Fps, m.Frames };
                foreach (var tier in TierNames)
                {
                    var t = m.Tier(tier);
                    values.Add(t?.P50Ms);
                    values.Add(t?.P95Ms);
                    values.Add(t?.P99Ms);
                }

                values.Add(m.BytesPerFrame);
                values.Add(m.ServerRatio * 100);
                values.Add(m.CloudRatio * 100);
                values.Add(m.Drops);
                table.AddRow([.. values]);
            }
        }

        return table;
    }
}
