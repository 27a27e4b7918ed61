// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Reporting.Tables;

/// <summary>
/// Turns repeated runs into summaries: the median with the minimum and maximum, shown as "0.412 (0.401–0.420)".
/// The median of an even number of runs is the mean of the two middle runs.
/// </summary>
public static class RunAggregation
{
    /// <summary>Summarises runs; non-finite values are left out, and no values at all give a missing cell.</summary>
    public static ReportValue Summarize(IEnumerable<double> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);

        var sorted = runs.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return ReportValue.Missing;
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return ReportValue.OfSummary(median, sorted[0], sorted[^1], sorted.Length);
    }

    /// <summary>Summarises runs, leaving out nulls (runs that did not measure this value).</summary>
    public static ReportValue Summarize(IEnumerable<double?> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Summarize(runs.Where(v => v.HasValue).Select(v => v!.Value));
    }

    /// <summary>
    /// Groups a table of single runs by its configuration columns and summarises every other numeric column.
    /// Groups keep the order in which their first run appears. A text column outside <paramref name="groupBy"/>
    /// keeps its value when all runs of a group agree and becomes missing otherwise.
    /// </summary>
    /// <param name="runs">One row per run, numbers or missing values in the metric columns.</param>
    /// <param name="groupBy">Names of the columns that identify a configuration.</param>
    /// <param name="runCountColumn">Name of a count column added after the last group column that says how many
    /// runs each row covers; "Runs" by default, null for none.</param>
    /// <param name="title">Title of the new table; the title of <paramref name="runs"/> by default.</param>
    /// <exception cref="ArgumentException">A group column does not exist or the count column's name is taken.</exception>
    public static ReportTable SummarizeRuns(
        ReportTable runs, IEnumerable<string> groupBy, string? runCountColumn = "Runs", string? title = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(groupBy);

        var keys = groupBy.Select(runs.IndexOf).ToHashSet();
        var columns = runs.Columns.ToList();
        var countAt = keys.Count == 0 ? 0 : keys.Max() + 1;
        if (runCountColumn is not null)
        {
            columns.Insert(countAt, ReportColumn.Count(runCountColumn));
        }

        var table = new ReportTable(title ?? runs.Title, columns) { Description = runs.Description };

        // Group on the exact key values, written out invariantly so that 5 and 5.0 fall together.
        var groups = runs.Rows
            .Select((row, index) => (row, index))
            .GroupBy(r => string.Join('\u001f', keys.Order().Select(k => Key(r.row[k]))))
            .OrderBy(g => g.First().index);

        foreach (var group in groups)
        {
            var rows = group.Select(g => g.row).ToArray();
            var values = new List<ReportValue>(columns.Count);
            for (var c = 0; c < runs.Columns.Count; c++)
            {
                values.Add(keys.Contains(c) ? rows[0][c] : Combine(runs.Columns[c], rows.Select(r => r[c])));
            }

            if (runCountColumn is not null)
            {
                values.Insert(countAt, rows.Length);
            }

            table.AddRow([.. values]);
        }

        return table;
    }

    private static string Key(ReportValue value) => value.Kind switch
    {
        ReportValueKind.Text => "t" + value.Text,
        ReportValueKind.Number => "n" + Raw(value.Value),
        ReportValueKind.Summary => $"s{Raw(value.Value)}/{Raw(value.Min)}/{Raw(value.Max)}/{value.Count}",
        _ => "m",
    };

    private static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static ReportValue Combine(ReportColumn column, IEnumerable<ReportValue> values)
    {
        if (column.Kind == ColumnKind.Text)
        {
            var distinct = values.Distinct().ToArray();
            return distinct.Length == 1 ? distinct[0] : ReportValue.Missing;
        }

        return Summarize(values.Where(v => v.IsNumeric).Select(v => v.Value));
    }
}
