// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Exporters;

/// <summary>Choices for <see cref="JsonExporter"/>.</summary>
public sealed record JsonExporterOptions
{
    /// <summary>Indented with two spaces and LF line ends.</summary>
    public static JsonExporterOptions Default { get; } = new();

    /// <summary>Indent nested values on new lines; true by default. False writes one line.</summary>
    public bool Indented { get; init; } = true;
}
