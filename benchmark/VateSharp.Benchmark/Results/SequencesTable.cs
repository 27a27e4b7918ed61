// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Results;

/// <summary>AP of every sequence alone, per configuration (median over runs), to show where a pipeline wins or loses.</summary>
internal static class SequencesTable
{
    public const string Title = "Per sequence";

    public static ReportTable Build(SweepResults results)
    {
        var table = new ReportTable(Title,
        [
            ReportColumn.Text("Role"),
            ReportColumn.Text("Sequence"),
            ReportColumn.Ratio("mAP") with { AllowHoist = false },
            ReportColumn.Text("Configuration"),
        ])
        {
            Description = "COCO AP@[.50:.95] of each sequence scored alone; median (min–max) over runs.",
        };

        foreach (var result in results.Configurations.Where(c => c.Runs.Count > 0))
        {
            var names = result.Runs.SelectMany(r => r.Metrics.SequenceAp.Keys).Distinct().Order(StringComparer.Ordinal);
            foreach (var name in names)
            {
                table.AddRow(
                    Labels.Roles(result.Planned),
                    name,
                    RunAggregation.Summarize(result.Runs.Select(r => r.Metrics.SequenceAp.GetValueOrDefault(name))),
                    result.Id);
            }
        }

        return table;
    }
}
