// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting.Formatting;

/// <summary>
/// How one column is shown: the display unit chosen from the column's values, the scale from the base unit and
/// the number of decimals. Always formats with the invariant culture, so '.' is the decimal separator whatever
/// the current culture is.
/// </summary>
public sealed class ColumnFormat
{
    /// <summary>The text shown for a missing value.</summary>
    public const string MissingText = "NA";

    private ColumnFormat(ReportColumn column, string? unit, double scale, int decimals)
    {
        Column = column;
        Unit = unit;
        Scale = scale;
        Decimals = decimals;
    }

    /// <summary>The column this format belongs to.</summary>
    public ReportColumn Column { get; }

    /// <summary>The display unit ("ms", "KiB", "%", "fps"), or null for unitless kinds.</summary>
    public string? Unit { get; }

    /// <summary>How many base units make one display unit (1000 when milliseconds are shown as seconds).</summary>
    public double Scale { get; }

    /// <summary>Decimals shown in the display unit.</summary>
    public int Decimals { get; }

    /// <summary>Whether cells align right (every kind except text).</summary>
    public bool IsNumeric => Column.Kind != ColumnKind.Text;

    /// <summary>The header text: the column name followed by the display unit in brackets, e.g. "p50 [ms]".
    /// The unit is left off when the name already ends with it ("FPS" needs no "[fps]").</summary>
    public string Header => Unit is null || Column.Name.EndsWith(Unit, StringComparison.OrdinalIgnoreCase)
        ? Column.Name
        : $"{Column.Name} [{Unit}]";

    /// <summary>Chooses the unit and decimals for a column from all its values.</summary>
    public static ColumnFormat For(ReportColumn column, IEnumerable<ReportValue> values)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(values);

        var numbers = values.Where(v => v.IsNumeric).SelectMany(v => new[] { v.Value, v.Min, v.Max }).ToArray();
        var (unit, scale) = Units.Choose(column.Kind, numbers);
        var decimals = column.Decimals ?? ChooseDecimals(column.Kind, unit, numbers.Select(n => n / scale));
        return new ColumnFormat(column, unit, scale, decimals);
    }

    /// <summary>The cell text: "NA", the text, "12.3", or "0.412 (0.401–0.420)" for a summary whose runs differ.</summary>
    public string Format(ReportValue value) => value.Kind switch
    {
        ReportValueKind.Text => value.Text!,
        ReportValueKind.Number => FormatNumber(value.Value),
        ReportValueKind.Summary when FormatNumber(value.Min) == FormatNumber(value.Max) => FormatNumber(value.Value),
        ReportValueKind.Summary =>
            $"{FormatNumber(value.Value)} ({FormatNumber(value.Min)}\u2013{FormatNumber(value.Max)})",
        _ => MissingText,
    };

    /// <summary>The cell text followed by the unit ("12.3 ms"), for values shown outside their column.</summary>
    public string FormatWithUnit(ReportValue value)
    {
        var text = Format(value);
        return Unit is null || !value.IsNumeric ? text : Unit == "%" ? text + "%" : $"{text} {Unit}";
    }

    /// <summary>One number given in the base unit, in the display unit, without the unit.</summary>
    public string FormatNumber(double baseValue)
    {
        var text = (baseValue / Scale).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture);

        // Rounding a tiny negative number gives "-0.0"; a sign on zero only confuses readers.
        return text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept('0', '.') < 0 ? text[1..] : text;
    }

    private static int ChooseDecimals(ColumnKind kind, string? unit, IEnumerable<double> displayValues)
    {
        var values = displayValues.ToArray();
        var allWhole = values.All(v => v == Math.Round(v));
        switch (kind)
        {
            case ColumnKind.Text:
                return 0;
            case ColumnKind.Ratio:
                return 3;
            case ColumnKind.Percent:
                return 1;
            case ColumnKind.Count:
                return allWhole ? 0 : 1;
            case ColumnKind.Bytes when unit == "B":
                return 0;
        }

        if (allWhole)
        {
            return 0;
        }

        // Three significant digits for the smallest non-zero value, and at most four decimals: enough to tell
        // runs apart without printing timer noise.
        var smallest = values.Select(Math.Abs).Where(v => v > 0).DefaultIfEmpty(1).Min();
        return Math.Clamp(2 - (int)Math.Floor(Math.Log10(smallest)), 0, 4);
    }
}
