// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Tables;

/// <summary>
/// The one table model every exporter renders: a title, typed columns and rows of <see cref="ReportValue"/>s.
/// Rows are added in order and kept in that order.
/// </summary>
public sealed class ReportTable
{
    private readonly List<IReadOnlyList<ReportValue>> _rows = [];

    /// <summary>Creates an empty table.</summary>
    /// <exception cref="ArgumentException">The title is blank, there are no columns, or two share a name.</exception>
    public ReportTable(string title, IEnumerable<ReportColumn> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(columns);

        var list = columns.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException($"Table '{title}' needs at least one column, but none were given.",
                nameof(columns));
        }

        var duplicate = list.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Table '{title}' has two columns named '{duplicate.Key}'; column names must be unique.",
                nameof(columns));
        }

        Title = title;
        Columns = list;
    }

    /// <summary>The table's heading.</summary>
    public string Title { get; }

    /// <summary>A paragraph shown under the heading; none by default.</summary>
    public string? Description { get; init; }

    /// <summary>The columns, in display order.</summary>
    public IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>The rows; each has one value per column.</summary>
    public IReadOnlyList<IReadOnlyList<ReportValue>> Rows => _rows;

    /// <summary>Appends a row and returns this table, so rows can be chained.</summary>
    /// <exception cref="ArgumentException">The row has the wrong number of values, or a text value sits in a
    /// numeric column (or a number in a text column).</exception>
    public ReportTable AddRow(params ReadOnlySpan<ReportValue> values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException(
                $"Table '{Title}' has {Columns.Count} columns, but the row has {values.Length} values.",
                nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var column = Columns[i];
            var value = values[i];
            var isText = column.Kind == ColumnKind.Text;
            if ((isText && value.IsNumeric) || (!isText && value.Kind == ReportValueKind.Text))
            {
                throw new ArgumentException(
                    $"Column '{column.Name}' of table '{Title}' is {column.Kind}, but row {_rows.Count + 1} " +
                    $"gives it a {value.Kind} value; pass {(isText ? "text" : "a number")} or ReportValue.Missing.",
                    nameof(values));
            }
        }

        _rows.Add(values.ToArray());
        return this;
    }

    /// <summary>The position of the column with this name.</summary>
    /// <exception cref="ArgumentException">No column has that name.</exception>
    public int IndexOf(string columnName)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, columnName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException(
            $"Table '{Title}' has no column '{columnName}'; it has {string.Join(", ", Columns.Select(c => c.Name))}.",
            nameof(columnName));
    }

    /// <summary>All values of one column, top to bottom.</summary>
    public IEnumerable<ReportValue> ColumnValues(int index) => _rows.Select(r => r[index]);
}
