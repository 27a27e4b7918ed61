// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Benchmark.Sweep;
using VateSharp.Cli;
using VateSharp.Reporting;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// Reads a sweep folder back (layout in <see cref="RunFolder"/>) without running anything: the configurations of
/// sweep.json and any other configuration folder under runs/ (grid points first, then the baselines by kind), each
/// with its finished runs; unfinished and failed runs are left out. This is what <c>benchmark report</c> rebuilds a report from.
/// </summary>
public static class SweepReader
{
    /// <summary>Reads a sweep folder.</summary>
    /// <exception cref="UserFacingException">The folder holds no sweep, or one of its files is damaged.</exception>
    public static SweepResults Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);

        var root = Path.GetFullPath(directory);
        var runs = RunFolder.RunsRoot(root);
        if (!Directory.Exists(runs))
        {
            throw new UserFacingException(
                $"'{root}' holds no sweep (it has no runs/ folder); pass the --output folder of a 'benchmark sweep'.", ExitCodes.Usage);
        }

        var planPath = Path.Combine(root, RunFolder.PlanFileName);
        var plan = File.Exists(planPath) ? SweepJson.Read<SweepPlanFile>(planPath, "sweep plan").ToPlan() : null;
        var planned = new List<PlannedConfiguration>(plan?.Configurations ?? []);
        foreach (var folder in Directory.EnumerateDirectories(runs).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, RunFolder.ConfigurationFileName);
            if (!File.Exists(file))
            {
                continue;
            }

            var entry = SweepJson.Read<ConfigurationFile>(file, "configuration file").ToPlanned();
            var index = planned.FindIndex(p => p.Id == entry.Id);
            if (index < 0)
            {
                planned.Add(entry);
            }
            else
            {
                planned[index] = planned[index] with { Roles = [.. planned[index].Roles.Union(entry.Roles)] };
            }
        }

        // Grid points first, then each kind of baseline, whatever order the folders were planned in: a resumed sweep
        // with a new grid appends its predecessors' configurations at the end of the plan.
        planned = [.. planned.OrderBy(p => p.Roles.Count == 0 ? int.MaxValue : p.Roles.Min(r => (int)r))];

        var environmentPath = Path.Combine(root, RunFolder.EnvironmentFileName);
        return new SweepResults
        {
            Configurations = [.. planned.Select(p => new ConfigurationResult(p, ReadRuns(root, p)))],
            Loops = ReadLoops(RunFolder.LoopsRoot(root)),
            Environment = File.Exists(environmentPath)
                ? SweepJson.Read<ReportEnvironment>(environmentPath, "environment file")
                : ReportEnvironment.Unknown,
            PlannedRepeats = plan?.Repeats ?? 0,
        };
    }

    private static List<RunRecord> ReadRuns(string root, PlannedConfiguration planned)
    {
        var id = planned.Id;
        var records = new List<RunRecord>();
        foreach (var repeat in RunFolder.CompletedRepeats(RunFolder.ConfigurationDirectory(root, id), planned.Configuration.OutputFiles))
        {
            var folder = RunFolder.RepeatDirectory(root, id, repeat);
            try
            {
                records.Add(new RunRecord(repeat, RunFileReader.Read(folder)));
            }
            catch (JsonException e)
            {
                throw new UserFacingException($"The run '{folder}' has damaged output files ({e.Message.TrimEnd('.')}); delete that folder and resume the sweep.", e);
            }
        }

        return records;
    }

    private static LoopResults ReadLoops(string loops)
    {
        if (!Directory.Exists(loops))
        {
            return LoopResults.None;
        }

        var ours = new Dictionary<string, IReadOnlyList<LoopMeasurement>>(StringComparer.Ordinal);
        var peer = new Dictionary<string, IReadOnlyList<LoopMeasurement>>(StringComparer.Ordinal);
        IReadOnlyList<LoopMeasurement> decode = [];
        foreach (var folder in Directory.EnumerateDirectories(loops).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var mine = Measurements(folder, LoopMeasurement.Ours);
            if (name == LoopExecutor.DecodeOnlyFolder)
            {
                decode = mine;
                continue;
            }

            ours[name] = mine;
            peer[name] = Measurements(folder, LoopMeasurement.Peer);
        }

        return new LoopResults { DecodeOnly = decode, Ours = ours, Peer = peer };
    }

    private static List<LoopMeasurement> Measurements(string folder, string implementation) =>
    [
        .. Directory.EnumerateFiles(folder, implementation + "-*.json")
            .Order(StringComparer.Ordinal)
            .Select(LoopExecutor.TryRead)
            .OfType<LoopMeasurement>(),
    ];
}
