// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;
using VateSharp.Reporting.Formatting;
using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting.Exporters;

/// <summary>
/// Writes a report as GitHub-flavoured Markdown: the environment in a fenced block, each table with text columns
/// left-aligned and numbers right-aligned, and the plots as image links to the PNGs beside the file. Lines end
/// with LF; output is the same under every culture.
/// </summary>
public sealed class MarkdownExporter
{
    /// <summary>Creates an exporter.</summary>
    public MarkdownExporter(MarkdownExporterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>
    /// Padded GitHub tables with hoisting and the environment block (<see cref="MarkdownExporterOptions.Default"/>).
    /// </summary>
    public static MarkdownExporter GitHub { get; } = new(MarkdownExporterOptions.Default);

    /// <summary>Like <see cref="GitHub"/> but without padding, for wide tables where alignment only adds bytes.</summary>
    public static MarkdownExporter Compact { get; } = new(new MarkdownExporterOptions { PadColumns = false });

    /// <summary>The options in force.</summary>
    public MarkdownExporterOptions Options { get; }

    /// <summary>The whole report as Markdown.</summary>
    public string Export(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var md = new StringBuilder();
        md.Append("# ").Append(report.Title).Append('\n');
        if (Options.IncludeEnvironment)
        {
            AppendEnvironment(md, report.Environment);
        }

        foreach (var table in report.Tables)
        {
            md.Append("\n## ").Append(table.Title).Append('\n');
            md.Append('\n').Append(ExportTable(table));
        }

        if (report.Images.Count > 0)
        {
            md.Append("\n## ").Append(ReportText.PlotsHeading).Append('\n');
            foreach (var image in report.Images)
            {
                md.Append("\n![").Append(image.Title).Append("](").Append(image.FileName).Append(")\n");
            }
        }

        return md.ToString();
    }

    /// <summary>One table without its heading: description, constant line, grid, range note and legend.</summary>
    public string ExportTable(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);

        var layout = TableLayout.Create(table, Options.HoistConstantColumns);
        var md = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(table.Description))
        {
            md.Append(table.Description).Append("\n\n");
        }

        if (layout.ConstantColumns.Count > 0)
        {
            md.Append(ReportText.ConstantPrefix)
                .AppendJoin(ReportText.ConstantSeparator, layout.ConstantItems())
                .Append("\n\n");
        }

        AppendGrid(md, layout);
        if (layout.HasRanges)
        {
            md.Append('\n').Append(ReportText.RangeNote).Append('\n');
        }

        var legend = layout.Legend();
        if (legend.Count > 0)
        {
            md.Append('\n').Append(ReportText.LegendHeading).Append("\n\n");
            foreach (var line in legend)
            {
                md.Append("- ").Append(line).Append('\n');
            }
        }

        return md.ToString();
    }

    private static void AppendEnvironment(StringBuilder md, ReportEnvironment environment)
    {
        var entries = environment.ToEntries();
        var width = entries.Max(e => e.Name.Length);
        md.Append("\n## ").Append(ReportText.EnvironmentHeading).Append("\n\n```text\n");
        foreach (var entry in entries)
        {
            md.Append(entry.Name.PadRight(width)).Append(" : ").Append(entry.Value).Append('\n');
        }

        md.Append("```\n");
    }

    private void AppendGrid(StringBuilder md, TableLayout layout)
    {
        var columns = layout.VisibleColumns;
        var header = columns.Select(c => Escape(layout.Formats[c].Header)).ToArray();
        var cells = Enumerable.Range(0, layout.Table.Rows.Count)
            .Select(r => columns.Select(c => Escape(layout.Cell(r, c))).ToArray())
            .ToArray();

        // GitHub needs at least three dashes per column, so padded columns are never narrower than that.
        var widths = columns
            .Select((_, i) => Options.PadColumns
                ? cells.Select(row => row[i].Length).Append(header[i].Length).Append(3).Max()
                : 3)
            .ToArray();
        var right = columns.Select(c => layout.Formats[c].IsNumeric).ToArray();

        AppendRow(md, header, widths, right);
        md.Append('|');
        for (var i = 0; i < columns.Count; i++)
        {
            md.Append(right[i] ? new string('-', widths[i] + 1) + ":" : ":" + new string('-', widths[i] + 1)).Append('|');
        }

        md.Append('\n');
        foreach (var row in cells)
        {
            AppendRow(md, row, widths, right);
        }
    }

    private void AppendRow(StringBuilder md, string[] values, int[] widths, bool[] right)
    {
        md.Append('|');
        for (var i = 0; i < values.Length; i++)
        {
            var text = !Options.PadColumns ? values[i]
                : right[i] ? values[i].PadLeft(widths[i])
                : values[i].PadRight(widths[i]);
            md.Append(' ').Append(text).Append(" |");
        }

        md.Append('\n');
    }

    // A pipe would end the cell and a line break the row; Markdown has an escape for the first only.
    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
