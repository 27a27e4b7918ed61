// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Reporting;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// Builds the sweep report from results alone (no runs, no clock), so a report rebuilt from saved runs is the same
/// report. Tables, in order: configurations (results.csv), goals, against the baselines, frame loops, where the
/// time goes, per sequence, every run.
/// </summary>
public static class SweepReportBuilder
{
    /// <summary>The report's heading.</summary>
    public const string Title = "VateSharp benchmark sweep";

    /// <summary>Builds the report.</summary>
    public static SweepReport Build(SweepResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        var goals = PerformanceGoals.Compute(results);
        var pipeline = PerformanceGoals.ChoosePipeline(results);
        var tables = new[]
        {
            ConfigurationsTable.Build(results),
            GoalsTable.Build(goals),
            ReferencesTable.Build(results),
            LoopsTable.Build(results),
            StagesTable.Build(results),
            SequencesTable.Build(results),
            RunsTable.Build(results),
        };
        return new SweepReport(Title, Environment(results), tables, SweepPlots.Build(results, pipeline), goals);
    }

    private static ReportEnvironment Environment(SweepResults results)
    {
        var environment = results.Environment;
        var runs = results.Configurations.Sum(c => c.Runs.Count);
        var complete = results.Configurations.Count(c => results.PlannedRepeats > 0 && c.Runs.Count >= results.PlannedRepeats);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{results.Configurations.Count} configuration(s), {runs} finished run(s); {complete} configuration(s) have every planned repeat");
        var peer = results.Loops.Peer.Values.SelectMany(v => v).FirstOrDefault(m => m.Available)?.Backend;
        var extra = environment.Extra.ToList();
        extra.Add(new EnvironmentEntry("Runs", summary));
        extra.Add(new EnvironmentEntry("Python peer", peer ?? "not measured"));
        return environment with { Extra = extra };
    }
}
