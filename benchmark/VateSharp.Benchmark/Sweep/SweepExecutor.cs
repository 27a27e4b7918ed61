// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// Runs a <see cref="SweepPlan"/> into a sweep folder (layout in <see cref="RunFolder"/>). Each run writes into a
/// hidden temporary folder that becomes runs/&lt;id&gt;/&lt;repeat&gt;/ only once the launcher succeeded and the three
/// output files are there, so an interrupted sweep leaves only finished runs behind, and resuming skips exactly
/// those. A failed run's folder is kept under runs/&lt;id&gt;/failed/ for its logs, and the configuration's remaining
/// repeats are left out, since they would most likely fail the same way.
/// </summary>
public sealed class SweepExecutor
{
    private readonly RunLauncher _launcher;
    private readonly TextWriter _output;
    private readonly TimeProvider _time;

    /// <summary>Creates an executor.</summary>
    /// <param name="launcher">Runs one configuration once.</param>
    /// <param name="output">Where progress lines go.</param>
    /// <param name="time">Clock for durations; <see cref="TimeProvider.System"/> when null.</param>
    public SweepExecutor(RunLauncher launcher, TextWriter output, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        ArgumentNullException.ThrowIfNull(output);
        _launcher = launcher;
        _output = output;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Runs every missing run of the plan.</summary>
    /// <param name="directory">The sweep folder; created when missing.</param>
    /// <param name="plan">What to run.</param>
    /// <param name="resume">Continue a sweep folder that already holds runs; without it such a folder is refused.</param>
    /// <param name="ct">Stops the sweep after ending the current run; finished runs stay.</param>
    /// <exception cref="UserFacingException">The folder holds runs and <paramref name="resume"/> is off, or it was
    /// swept over other sequences or annotations.</exception>
    public async Task<SweepSummary> RunAsync(string directory, SweepPlan plan, bool resume, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(plan);

        var root = Path.GetFullPath(directory);
        Prepare(root, plan, resume);

        var work = plan.Configurations
            .Select(planned => (Planned: planned, Missing: MissingRepeats(root, planned, plan.Repeats)))
            .ToArray();
        var total = work.Sum(w => w.Missing.Count == 0 ? plan.Repeats : w.Missing.Count + plan.Warmup);
        var progress = new SweepProgress(_output, total);
        var failures = new List<string>();
        var executed = 0;
        var reused = 0;

        foreach (var (planned, missing) in work)
        {
            ct.ThrowIfCancellationRequested();
            reused += plan.Repeats - missing.Count;
            if (missing.Count == 0)
            {
                progress.Skipped(planned, plan.Repeats);
                continue;
            }

            for (var w = 0; w < plan.Warmup; w++)
            {
                var warmup = await RunOnceAsync(root, plan, planned, 0, progress, ct).ConfigureAwait(false);
                executed++;
                if (!warmup.Succeeded)
                {
                    progress.Note($"  warm-up of {planned.Id} failed; its measured runs follow anyway.");
                }
            }

            for (var i = 0; i < missing.Count; i++)
            {
                var outcome = await RunOnceAsync(root, plan, planned, missing[i], progress, ct).ConfigureAwait(false);
                executed++;
                if (!outcome.Succeeded)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{planned.Id} repeat {missing[i]}: {outcome.Failure}"));
                    var left = missing.Count - i - 1;
                    if (left > 0)
                    {
                        progress.Abandoned(planned, left, $"repeat {missing[i]} failed");
                    }

                    break;
                }
            }
        }

        return new SweepSummary(executed, reused, failures);
    }

    private static void Prepare(string root, SweepPlan plan, bool resume)
    {
        var runs = RunFolder.RunsRoot(root);
        var planPath = Path.Combine(root, RunFolder.PlanFileName);
        if (!resume && Directory.Exists(runs) && Directory.EnumerateFileSystemEntries(runs).Any())
        {
            throw new UserFacingException(
                $"The sweep folder '{root}' already holds runs; pass --resume to continue that sweep, or choose a new --output folder.",
                ExitCodes.Usage);
        }

        if (resume && File.Exists(planPath))
        {
            var previous = SweepJson.Read<SweepPlanFile>(planPath, "sweep plan");
            if (!SamePath(previous.Sequences, plan.Sequences) || !SamePath(previous.Annotations, plan.Annotations))
            {
                throw new UserFacingException(
                    $"The sweep in '{root}' ran over --sequences '{previous.Sequences}' and --annotations '{previous.Annotations}', " +
                    $"not '{plan.Sequences}' and '{plan.Annotations}'; resume with the same inputs or choose a new --output folder.",
                    ExitCodes.Usage);
            }
        }

        Directory.CreateDirectory(runs);
        SweepJson.Write(planPath, SweepPlanFile.From(plan));
        foreach (var planned in plan.Configurations)
        {
            var folder = RunFolder.ConfigurationDirectory(root, planned.Id);
            Directory.CreateDirectory(folder);
            WriteConfiguration(folder, planned);

            // Temporary folders are what an interrupted run left; nothing in them counts.
            foreach (var stale in Directory.EnumerateDirectories(folder).Where(RunFolder.IsTemporary))
            {
                Directory.Delete(stale, recursive: true);
            }
        }
    }

    private static void WriteConfiguration(string folder, PlannedConfiguration planned)
    {
        // A configuration planned by an earlier sweep into this folder keeps the roles it had then.
        var path = Path.Combine(folder, RunFolder.ConfigurationFileName);
        var roles = planned.Roles.ToList();
        if (File.Exists(path))
        {
            var previous = SweepJson.Read<ConfigurationFile>(path, "configuration file").ToPlanned();
            roles.AddRange(previous.Roles.Where(r => !roles.Contains(r)));
        }

        SweepJson.Write(path, ConfigurationFile.From(planned with { Roles = roles }));
    }

    private static List<int> MissingRepeats(string root, PlannedConfiguration planned, int repeats)
    {
        var done = RunFolder.CompletedRepeats(RunFolder.ConfigurationDirectory(root, planned.Id), planned.Configuration.OutputFiles)
            .ToHashSet();
        return [.. Enumerable.Range(1, repeats).Where(r => !done.Contains(r))];
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private async Task<RunOutcome> RunOnceAsync(
        string root, SweepPlan plan, PlannedConfiguration planned, int repeat, SweepProgress progress, CancellationToken ct)
    {
        var final = repeat == 0
            ? Path.Combine(RunFolder.ConfigurationDirectory(root, planned.Id), "warmup")
            : RunFolder.RepeatDirectory(root, planned.Id, repeat);
        var temp = RunFolder.TemporaryFor(final);
        Directory.CreateDirectory(temp);
        var request = new RunRequest(planned, repeat, temp, plan.Sequences, plan.Annotations);
        progress.Started(request);
        var start = _time.GetTimestamp();
        var outcome = RunOutcome.Failed("the run was interrupted");
        try
        {
            outcome = await _launcher(request, ct).ConfigureAwait(false);
            var files = planned.Configuration.OutputFiles;
            if (outcome.Succeeded && !RunFolder.IsComplete(temp, files))
            {
                var missing = files.Where(f => !File.Exists(Path.Combine(temp, f)));
                outcome = RunOutcome.Failed(
                    $"the program ended without writing complete outputs (missing or invalid: {string.Join(", ", missing.DefaultIfEmpty("a file that is not a JSON object"))})");
            }

            Settle(temp, final, repeat, outcome);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }

        progress.Finished(request, outcome, _time.GetElapsedTime(start));
        return outcome;
    }

    private void Settle(string temp, string final, int repeat, RunOutcome outcome)
    {
        if (repeat == 0)
        {
            return;
        }

        if (outcome.Succeeded)
        {
            // A folder without complete outputs under the final name can only be left by hand; it holds nothing.
            if (Directory.Exists(final))
            {
                Directory.Delete(final, recursive: true);
            }

            Directory.Move(temp, final);
            return;
        }

        var stamp = _time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var failed = Path.Combine(Path.GetDirectoryName(final)!, "failed",
            string.Create(CultureInfo.InvariantCulture, $"{repeat}-{stamp}-{Guid.NewGuid().ToString("N")[..8]}"));
        Directory.CreateDirectory(Path.GetDirectoryName(failed)!);
        Directory.Move(temp, failed);
    }
}
