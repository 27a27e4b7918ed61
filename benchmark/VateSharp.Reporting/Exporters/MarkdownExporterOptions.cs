// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Exporters;

/// <summary>Choices for <see cref="MarkdownExporter"/>.</summary>
public sealed record MarkdownExporterOptions
{
    /// <summary>GitHub-flavoured tables, padded and hoisted, environment included.</summary>
    public static MarkdownExporterOptions Default { get; } = new();

    /// <summary>Pad cells so the table's pipes line up in the source text; true by default.</summary>
    public bool PadColumns { get; init; } = true;

    /// <summary>Move constant columns into a "Constant for every row" line; true by default.</summary>
    public bool HoistConstantColumns { get; init; } = true;

    /// <summary>Print the environment block before the tables; true by default.</summary>
    public bool IncludeEnvironment { get; init; } = true;
}
