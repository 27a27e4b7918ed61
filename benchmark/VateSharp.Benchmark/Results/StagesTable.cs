// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// Where the frame time goes: the mean duration of each pipeline stage and the CPU time per frame, per
/// configuration. CPU per frame depends little on what else the machine runs, so it stays comparable when the
/// wall-clock figures of a shared machine do not.
/// </summary>
internal static class StagesTable
{
    public const string Title = "Where the time goes";

    public static ReportTable Build(SweepResults results)
    {
        var measured = results.Configurations.Where(c => c.Runs.Count > 0).ToArray();
        var stages = measured
            .SelectMany(c => c.Runs)
            .SelectMany(r => r.Metrics.Stages.Select(s => s.Key))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var columns = new List<ReportColumn> { ReportColumn.Text("Role") };
        columns.AddRange(stages.Select(ReportColumn.Duration));
        columns.Add(ReportColumn.Duration("CPU per frame") with
        {
            AllowHoist = false,
            Description = "CPU time of the whole process (all threads, embedded tiers included) per shown frame.",
        });
        columns.Add(ReportColumn.Text("Configuration"));
        var table = new ReportTable(Title, columns)
        {
            Description = "Mean time of each pipeline stage per occurrence, median (min–max) over runs. Frame is one whole turn of " +
                "the frame loop; detection by other tiers runs beside the loop and shows in their latencies instead.",
        };

        foreach (var result in measured)
        {
            var values = new List<ReportValue> { Labels.Roles(result.Planned) };
            values.AddRange(stages.Select(stage => ConfigurationsTable.Summary(result, m => Stage(m, stage))));
            values.Add(ConfigurationsTable.Summary(result, m => m.CpuSeconds * 1000 / m.Frames));
            values.Add(result.Id);
            table.AddRow([.. values]);
        }

        return table;
    }

    private static double? Stage(RunMetrics metrics, string name) =>
        metrics.Stages.FirstOrDefault(s => string.Equals(s.Key, name, StringComparison.Ordinal)).Value;
}
