// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Results;

/// <summary>The performance goals of docs/performance.md with what this sweep measured.</summary>
internal static class GoalsTable
{
    public const string Title = "Performance goals";

    public static ReportTable Build(IReadOnlyList<GoalResult> goals)
    {
        var table = new ReportTable(Title,
        [
            ReportColumn.Text("Goal"),
            ReportColumn.Number("Measured") with { Decimals = 2, AllowHoist = false },
            ReportColumn.Text("Target") with { AllowHoist = false },
            ReportColumn.Text("Met") with { AllowHoist = false },
            ReportColumn.Text("Basis"),
        ])
        {
            Description = "Ratios of medians from this sweep; a goal shows NA when one of its sides was not measured.",
        };

        foreach (var goal in goals)
        {
            var met = goal.Met switch
            {
                true => "yes",
                false => string.Create(CultureInfo.InvariantCulture, $"no ({goal.Shortfall * 100:0} % short)"),
                null => "not measured",
            };
            table.AddRow(goal.Goal, goal.Measured, "≥ " + goal.Target.ToString("0.0##", CultureInfo.InvariantCulture), met, goal.Basis);
        }

        return table;
    }
}
