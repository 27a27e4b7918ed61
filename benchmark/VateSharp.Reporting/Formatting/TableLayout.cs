// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting.Formatting;

/// <summary>
/// What a human-readable exporter shows of a table: a format per column, the columns that stay in the grid and
/// the constant columns hoisted into the "Constant for every row" line.
/// </summary>
public sealed class TableLayout
{
    private TableLayout(
        ReportTable table, IReadOnlyList<ColumnFormat> formats, IReadOnlyList<int> visible, IReadOnlyList<int> constant)
    {
        Table = table;
        Formats = formats;
        VisibleColumns = visible;
        ConstantColumns = constant;
        HasRanges = table.Rows.SelectMany(r => r).Any(v => v.Kind == ReportValueKind.Summary && v.Min != v.Max);
    }

    /// <summary>The table laid out.</summary>
    public ReportTable Table { get; }

    /// <summary>One format per column of <see cref="Table"/>, in column order.</summary>
    public IReadOnlyList<ColumnFormat> Formats { get; }

    /// <summary>Indexes of the columns shown in the grid.</summary>
    public IReadOnlyList<int> VisibleColumns { get; }

    /// <summary>Indexes of the hoisted columns, whose single value is shown once above the grid.</summary>
    public IReadOnlyList<int> ConstantColumns { get; }

    /// <summary>Whether any cell is a summary with a range, so readers need the "median (min–max)" note.</summary>
    public bool HasRanges { get; }

    /// <summary>
    /// Lays a table out. With <paramref name="hoistConstantColumns"/>, a column moves above the grid when the
    /// table has at least two rows, every row holds the same value and the column allows it; if that would empty
    /// the grid, nothing is hoisted.
    /// </summary>
    public static TableLayout Create(ReportTable table, bool hoistConstantColumns)
    {
        ArgumentNullException.ThrowIfNull(table);

        var formats = table.Columns.Select((c, i) => ColumnFormat.For(c, table.ColumnValues(i))).ToArray();
        var constant = new List<int>();
        if (hoistConstantColumns && table.Rows.Count >= 2)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var first = table.Rows[0][i];
                if (table.Columns[i].AllowHoist && table.Rows.All(r => r[i] == first))
                {
                    constant.Add(i);
                }
            }

            if (constant.Count == table.Columns.Count)
            {
                constant.Clear();
            }
        }

        var visible = Enumerable.Range(0, table.Columns.Count).Except(constant).ToArray();
        return new TableLayout(table, formats, visible, constant);
    }

    /// <summary>"Name = value unit" for each hoisted column, e.g. "JPEG quality = 80", "p50 = 12.3 ms".</summary>
    public IReadOnlyList<string> ConstantItems() => ConstantColumns
        .Select(i => $"{Table.Columns[i].Name} = {Formats[i].FormatWithUnit(Table.Rows[0][i])}")
        .ToArray();

    /// <summary>The displayed text of one cell.</summary>
    public string Cell(int row, int column) => Formats[column].Format(Table.Rows[row][column]);

    /// <summary>Column descriptions for a legend, as "Name: description", for visible and hoisted columns.</summary>
    public IReadOnlyList<string> Legend() => Table.Columns
        .Where(c => !string.IsNullOrWhiteSpace(c.Description))
        .Select(c => $"{c.Name}: {c.Description}")
        .ToArray();
}
