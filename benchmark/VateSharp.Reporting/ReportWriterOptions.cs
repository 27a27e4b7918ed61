// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Exporters;

namespace VateSharp.Reporting;

/// <summary>Choices for <see cref="ReportWriter"/>.</summary>
public sealed record ReportWriterOptions
{
    /// <summary>The standard presets, refusing to replace an existing folder.</summary>
    public static ReportWriterOptions Default { get; } = new();

    /// <summary>Exporter for report.md; <see cref="MarkdownExporter.GitHub"/> by default.</summary>
    public MarkdownExporter Markdown { get; init; } = MarkdownExporter.GitHub;

    /// <summary>Exporter for the CSV files; <see cref="CsvExporter.Rfc4180"/> (CRLF) by default.</summary>
    public CsvExporter Csv { get; init; } = CsvExporter.Rfc4180;

    /// <summary>Exporter for results.json; <see cref="JsonExporter.Indented"/> by default.</summary>
    public JsonExporter Json { get; init; } = JsonExporter.Indented;

    /// <summary>Exporter for report.html; <see cref="HtmlExporter.Default"/> by default.</summary>
    public HtmlExporter Html { get; init; } = HtmlExporter.Default;

    /// <summary>
    /// Replace the folder when it already exists; false by default, which makes <see cref="ReportWriter.Write"/>
    /// fail before doing any work.
    /// </summary>
    public bool Overwrite { get; init; }
}
