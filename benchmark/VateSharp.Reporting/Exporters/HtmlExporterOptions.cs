// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Exporters;

/// <summary>Choices for <see cref="HtmlExporter"/>.</summary>
public sealed record HtmlExporterOptions
{
    /// <summary>A single page with hoisting and plots embedded as data URIs.</summary>
    public static HtmlExporterOptions Default { get; } = new();

    /// <summary>Move constant columns into a "Constant for every row" line; true by default.</summary>
    public bool HoistConstantColumns { get; init; } = true;
}
