// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting;
using VateSharp.Reporting.Plots;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Results;

/// <summary>A sweep report ready for <see cref="ReportWriter"/>: title, environment, tables (first one goes to
/// results.csv), plots and the measured goals.</summary>
public sealed record SweepReport(
    string Title,
    ReportEnvironment Environment,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<IPlotSpec> Plots,
    IReadOnlyList<GoalResult> Goals)
{
    /// <summary>Writes the report folder.</summary>
    /// <param name="directory">The report folder; replaced when it exists.</param>
    public WrittenReport Write(string directory) =>
        new ReportWriter(ReportWriterOptions.Default with { Overwrite = true }).Write(directory, Title, Environment, Tables, Plots);
}
