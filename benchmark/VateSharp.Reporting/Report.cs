// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting;

/// <summary>Everything one report shows: title, environment, tables and rendered plots.</summary>
/// <param name="Title">The report's heading.</param>
/// <param name="Environment">Where the runs were measured.</param>
/// <param name="Tables">Tables in display order; the first one is written to results.csv.</param>
public sealed record Report(string Title, ReportEnvironment Environment, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Rendered plots in display order; none by default.</summary>
    public IReadOnlyList<ReportImage> Images { get; init; } = [];
}
