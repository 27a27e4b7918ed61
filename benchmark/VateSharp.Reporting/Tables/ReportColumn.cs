// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Tables;

/// <summary>
/// A table column: its header name (unique within a table), its kind and optional display hints.
/// </summary>
/// <param name="Name">Header text, without a unit; exporters append the unit they chose.</param>
/// <param name="Kind">What the column holds; see <see cref="ColumnKind"/> for base units.</param>
public sealed record ReportColumn(string Name, ColumnKind Kind)
{
    /// <summary>A sentence shown in the legend under the table; none by default.</summary>
    public string? Description { get; init; }

    /// <summary>Fixed number of decimals in the display unit; null (the default) lets the kind choose.</summary>
    public int? Decimals { get; init; }

    /// <summary>
    /// Whether Markdown and HTML may move the column into the "Constant for every row" line when every row holds
    /// the same value. True by default; set false for a metric that should stay visible even when constant.
    /// </summary>
    public bool AllowHoist { get; init; } = true;

    /// <summary>A text column.</summary>
    public static ReportColumn Text(string name) => new(name, ColumnKind.Text);

    /// <summary>A count column.</summary>
    public static ReportColumn Count(string name) => new(name, ColumnKind.Count);

    /// <summary>A plain number column.</summary>
    public static ReportColumn Number(string name) => new(name, ColumnKind.Number);

    /// <summary>A ratio column (0 to 1).</summary>
    public static ReportColumn Ratio(string name) => new(name, ColumnKind.Ratio);

    /// <summary>A percent column (values in percent).</summary>
    public static ReportColumn Percent(string name) => new(name, ColumnKind.Percent);

    /// <summary>A duration column (values in milliseconds).</summary>
    public static ReportColumn Duration(string name) => new(name, ColumnKind.Duration);

    /// <summary>A size column (values in bytes).</summary>
    public static ReportColumn Bytes(string name) => new(name, ColumnKind.Bytes);

    /// <summary>A frames-per-second column.</summary>
    public static ReportColumn FramesPerSecond(string name) => new(name, ColumnKind.FramesPerSecond);
}
