// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text;
using VateSharp.Reporting.Formatting;
using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting.Exporters;

/// <summary>
/// Writes one table as RFC 4180 CSV for machines: every column (nothing hoisted), raw numbers in the base unit
/// written with the invariant culture in round-trip form ("0.41235", "12.5", "1E-05"), and the unit in the header
/// instead of the cells. A column holding summaries becomes three: "name median", "name min" and "name max".
/// A missing value is an empty field. A field is quoted when it holds a comma, a quote, CR or LF, and quotes
/// inside it are doubled.
/// </summary>
public sealed class CsvExporter
{
    /// <summary>Creates an exporter.</summary>
    public CsvExporter(CsvExporterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>RFC 4180 with CRLF line ends (<see cref="CsvExporterOptions.Default"/>).</summary>
    public static CsvExporter Rfc4180 { get; } = new(CsvExporterOptions.Default);

    /// <summary>Like <see cref="Rfc4180"/> with LF line ends, for Unix tools that keep a stray CR.</summary>
    public static CsvExporter Unix { get; } = new(new CsvExporterOptions { NewLine = "\n" });

    /// <summary>The options in force.</summary>
    public CsvExporterOptions Options { get; }

    /// <summary>The table as CSV: a header record, then one record per row, each ended by the line end.</summary>
    public string Export(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);

        var summarised = table.Columns
            .Select((_, i) => table.ColumnValues(i).Any(v => v.Kind == ReportValueKind.Summary))
            .ToArray();

        var header = new List<string>();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var unit = Options.UnitsInHeader && Units.BaseUnit(column.Kind) is { } u ? $" [{u}]" : "";
            if (summarised[i])
            {
                header.AddRange([$"{column.Name} median{unit}", $"{column.Name} min{unit}", $"{column.Name} max{unit}"]);
            }
            else
            {
                header.Add(column.Name + unit);
            }
        }

        var csv = new StringBuilder();
        AppendRecord(csv, header);
        foreach (var row in table.Rows)
        {
            var fields = new List<string>();
            for (var i = 0; i < row.Count; i++)
            {
                var value = row[i];
                if (summarised[i])
                {
                    fields.AddRange(value.IsNumeric ? [Raw(value.Value), Raw(value.Min), Raw(value.Max)] : ["", "", ""]);
                }
                else
                {
                    fields.Add(value.Kind switch
                    {
                        ReportValueKind.Text => value.Text!,
                        ReportValueKind.Number => Raw(value.Value),
                        _ => "",
                    });
                }
            }

            AppendRecord(csv, fields);
        }

        return csv.ToString();
    }

    /// <summary>Quotes a field when RFC 4180 requires it, doubling the quotes inside.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? field
            : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private void AppendRecord(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(',', fields.Select(Escape)).Append(Options.NewLine);

    private static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
