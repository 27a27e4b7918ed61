// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Tables;

/// <summary>
/// One table cell: missing, text, a number, or a summary of repeated runs (median with minimum and maximum).
/// The default value is <see cref="Missing"/>. Numbers are in the column's base unit (see <see cref="ColumnKind"/>).
/// </summary>
public readonly record struct ReportValue
{
    private ReportValue(ReportValueKind kind, string? text, double value, double min, double max, int count)
    {
        Kind = kind;
        Text = text;
        Value = value;
        Min = min;
        Max = max;
        Count = count;
    }

    /// <summary>A missing value (NA).</summary>
    public static ReportValue Missing => default;

    /// <summary>What the cell carries.</summary>
    public ReportValueKind Kind { get; }

    /// <summary>The text of a <see cref="ReportValueKind.Text"/> cell; otherwise null.</summary>
    public string? Text { get; }

    /// <summary>The number of a <see cref="ReportValueKind.Number"/> cell or the median of a summary; otherwise 0.</summary>
    public double Value { get; }

    /// <summary>The smallest run of a summary; equal to <see cref="Value"/> for a plain number.</summary>
    public double Min { get; }

    /// <summary>The largest run of a summary; equal to <see cref="Value"/> for a plain number.</summary>
    public double Max { get; }

    /// <summary>How many runs a summary covers; 1 for a plain number, 0 when missing or text.</summary>
    public int Count { get; }

    /// <summary>True when the cell has no value.</summary>
    public bool IsMissing => Kind == ReportValueKind.Missing;

    /// <summary>True for a number or a summary.</summary>
    public bool IsNumeric => Kind is ReportValueKind.Number or ReportValueKind.Summary;

    /// <summary>A text cell; null gives <see cref="Missing"/>.</summary>
    public static ReportValue OfText(string? text) =>
        text is null ? Missing : new ReportValue(ReportValueKind.Text, text, 0, 0, 0, 0);

    /// <summary>A number cell; NaN and infinities give <see cref="Missing"/>, since no report can show them usefully.
    /// </summary>
    public static ReportValue OfNumber(double value) =>
        double.IsFinite(value) ? new ReportValue(ReportValueKind.Number, null, value, value, value, 1) : Missing;

    /// <summary>A summary of <paramref name="count"/> runs.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The values are not finite, not ordered min ≤ median ≤ max,
    /// or the count is below 1.</exception>
    public static ReportValue OfSummary(double median, double min, double max, int count)
    {
        if (!double.IsFinite(median) || !double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentOutOfRangeException(nameof(median),
                $"A summary needs finite numbers, but got median {median}, min {min}, max {max}; " +
                "leave non-finite runs out before summarising.");
        }

        if (min > median || median > max)
        {
            throw new ArgumentOutOfRangeException(nameof(median),
                $"A summary needs min <= median <= max, but got min {min}, median {median}, max {max}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new ReportValue(ReportValueKind.Summary, null, median, min, max, count);
    }

    /// <summary>Text cell; null gives <see cref="Missing"/>.</summary>
    public static implicit operator ReportValue(string? text) => OfText(text);

    /// <summary>Number cell; NaN gives <see cref="Missing"/>.</summary>
    public static implicit operator ReportValue(double value) => OfNumber(value);

    /// <summary>Number cell; null gives <see cref="Missing"/>.</summary>
    public static implicit operator ReportValue(double? value) => value is { } v ? OfNumber(v) : Missing;

    /// <summary>Number cell.</summary>
    public static implicit operator ReportValue(long value) => OfNumber(value);

    /// <summary>Number cell.</summary>
    public static implicit operator ReportValue(int value) => OfNumber(value);
}
