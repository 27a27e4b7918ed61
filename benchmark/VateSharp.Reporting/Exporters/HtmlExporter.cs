// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text;
using VateSharp.Reporting.Formatting;
using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting.Exporters;

/// <summary>
/// Writes a report as one self-contained HTML page: inline CSS, the environment, the tables and every plot as a
/// base64 PNG data URI, so the page opens offline and can be mailed as one file. It holds no script. Lines end
/// with LF; output is the same under every culture.
/// </summary>
public sealed class HtmlExporter
{
    private static readonly string Style = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328;
               max-width: 96rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.7rem; margin-bottom: 0.5rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; padding-bottom: 0.25rem; border-bottom: 1px solid #d1d9e0; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #d1d9e0; padding: 0.3rem 0.65rem; vertical-align: top; }
        thead th { background: #f6f8fa; text-align: left; }
        .scroll { overflow-x: auto; }
        .scroll th, .scroll td { white-space: nowrap; }
        .num { text-align: right; white-space: nowrap; }
        table.environment th { text-align: left; background: #f6f8fa; font-weight: 600; }
        table.environment td { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9rem;
                               overflow-wrap: anywhere; }
        .constant, .note { color: #59636e; }
        figure { margin: 1rem 0 2rem; }
        figure img { max-width: 100%; height: auto; border: 1px solid #d1d9e0; }
        figcaption { color: #59636e; font-size: 0.9rem; }
        """;

    /// <summary>Creates an exporter.</summary>
    public HtmlExporter(HtmlExporterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The standard page (<see cref="HtmlExporterOptions.Default"/>).</summary>
    public static HtmlExporter Default { get; } = new(HtmlExporterOptions.Default);

    /// <summary>The options in force.</summary>
    public HtmlExporterOptions Options { get; }

    /// <summary>The whole report as an HTML page.</summary>
    public string Export(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(report.Title)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Encode(report.Title)).Append("</h1>\n");

        AppendEnvironment(html, report.Environment);
        foreach (var table in report.Tables)
        {
            AppendTable(html, table);
        }

        if (report.Images.Count > 0)
        {
            html.Append("<section class=\"plots\">\n<h2>").Append(ReportText.PlotsHeading).Append("</h2>\n");
            foreach (var image in report.Images)
            {
                AppendImage(html, image);
            }

            html.Append("</section>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Escapes text for an HTML element or a quoted attribute.</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }

    private static void AppendEnvironment(StringBuilder html, ReportEnvironment environment)
    {
        html.Append("<section class=\"environment\">\n<h2>").Append(ReportText.EnvironmentHeading).Append("</h2>\n")
            .Append("<table class=\"environment\">\n");
        foreach (var entry in environment.ToEntries())
        {
            html.Append("<tr><th>").Append(Encode(entry.Name)).Append("</th><td>").Append(Encode(entry.Value))
                .Append("</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private void AppendTable(StringBuilder html, ReportTable table)
    {
        var layout = TableLayout.Create(table, Options.HoistConstantColumns);
        html.Append("<section class=\"results\">\n<h2>").Append(Encode(table.Title)).Append("</h2>\n");
        if (!string.IsNullOrWhiteSpace(table.Description))
        {
            html.Append("<p>").Append(Encode(table.Description)).Append("</p>\n");
        }

        if (layout.ConstantColumns.Count > 0)
        {
            html.Append("<p class=\"constant\">").Append(Encode(ReportText.ConstantPrefix))
                .Append(Encode(string.Join(ReportText.ConstantSeparator, layout.ConstantItems()))).Append("</p>\n");
        }

        // Sweeps have many columns; the grid scrolls sideways instead of squeezing every cell.
        html.Append("<div class=\"scroll\">\n<table>\n<thead>\n<tr>");
        foreach (var c in layout.VisibleColumns)
        {
            html.Append(Open("th", layout.Formats[c])).Append(Encode(layout.Formats[c].Header)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr>");
            foreach (var c in layout.VisibleColumns)
            {
                html.Append(Open("td", layout.Formats[c])).Append(Encode(layout.Cell(r, c))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        if (layout.HasRanges)
        {
            html.Append("<p class=\"note\">").Append(Encode(ReportText.RangeNote)).Append("</p>\n");
        }

        var legend = layout.Legend();
        if (legend.Count > 0)
        {
            html.Append("<p class=\"note\">").Append(Encode(ReportText.LegendHeading)).Append("</p>\n")
                .Append("<ul class=\"legend\">\n");
            foreach (var line in legend)
            {
                html.Append("<li>").Append(Encode(line)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendImage(StringBuilder html, ReportImage image)
    {
        html.Append("<figure>\n<img alt=\"").Append(Encode(image.Title)).Append('"');
        if (PngHeader.TryReadSize(image.Png.Span, out var width, out var height))
        {
            // Stating the size lets the browser lay the page out before it decodes the image.
            html.Append(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        }

        html.Append(" src=\"data:image/png;base64,").Append(Convert.ToBase64String(image.Png.Span)).Append("\">\n")
            .Append("<figcaption>").Append(Encode(image.Title)).Append("</figcaption>\n</figure>\n");
    }

    private static string Open(string tag, ColumnFormat format) => format.IsNumeric ? $"<{tag} class=\"num\">" : $"<{tag}>";
}
