// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Exporters;

/// <summary>Choices for <see cref="CsvExporter"/>.</summary>
public sealed record CsvExporterOptions
{
    /// <summary>RFC 4180: comma-separated, CRLF line ends, units in the header.</summary>
    public static CsvExporterOptions Default { get; } = new();

    /// <summary>
    /// The record terminator; CRLF ("\r\n") by default, as RFC 4180 section 2 prescribes and spreadsheet programs
    /// expect. Line breaks inside quoted fields are kept as given.
    /// </summary>
    public string NewLine { get; init; } = "\r\n";

    /// <summary>Append the base unit to headers ("p50 [ms]"); true by default.</summary>
    public bool UnitsInHeader { get; init; } = true;
}
