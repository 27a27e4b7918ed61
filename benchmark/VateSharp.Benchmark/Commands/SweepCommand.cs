// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Benchmark.Results;
using VateSharp.Benchmark.Sweep;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary>
/// <c>benchmark sweep</c>: plans the grid and its baselines, runs every missing run of the edge-device program as a
/// child process, measures the frame loops, and writes OUTPUT/report. Failed runs do not stop the sweep; they are
/// listed at the end and make the exit code 1, and the report shows what did finish.
/// </summary>
internal static class SweepCommand
{
    public static async Task<int> RunAsync(SweepOptions options, CliContext context, CancellationToken ct)
    {
        var started = TimeProvider.System.GetUtcNow();
        var load = SweepEnvironment.LoadAverage();
        var (grid, repeats, warmup) = options.Resolve();
        var plan = new SweepPlan
        {
            Sequences = options.Sequences,
            Annotations = Path.GetFullPath(options.Annotations),
            Repeats = repeats,
            Warmup = warmup,
            Configurations = grid.Expand(),
            PeerModels = options.PeerModelList,
            LoopFrames = options.LoopFrames ?? options.MaxFrames,
        };

        // Listing the frames up front turns a glob that matches nothing into one sentence before anything runs.
        var frames = FrameList.Resolve(plan.Sequences, null).Count;
        var root = Path.GetFullPath(options.Output);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"sweep: {plan.Configurations.Count} configurations ({grid.Points().Count} grid points + baselines) x {repeats} repeats after {warmup} warm-up(s), {frames} frames, into {root}"))
            .ConfigureAwait(false);

        var dll = await Programs.EdgeDeviceDllAsync(ct).ConfigureAwait(false);
        var launcher = new EdgeDeviceLauncher(dll, TimeSpan.FromSeconds(options.RunTimeout));
        var summary = await new SweepExecutor(launcher.LaunchAsync, context.Out).RunAsync(root, plan, options.Resume, ct)
            .ConfigureAwait(false);
        WriteEnvironment(root, plan, started, load);

        var failures = summary.Failures.ToList();
        if (!options.NoLoops)
        {
            failures.AddRange(await new LoopExecutor(context.Out).RunAsync(root, plan, ct).ConfigureAwait(false));
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"sweep: {summary.Executed} run(s) executed, {summary.Reused} kept from before, {summary.Failures.Count} failed.")).ConfigureAwait(false);
        if (!options.NoReport)
        {
            var report = SweepReportBuilder.Build(SweepReader.Read(root));
            await ReportCommand.WriteAsync(report, Path.Combine(root, "report"), context).ConfigureAwait(false);
        }

        foreach (var failure in failures)
        {
            await context.Error.WriteLineAsync($"{context.ProgramName}: {failure}").ConfigureAwait(false);
        }

        return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void WriteEnvironment(string root, SweepPlan plan, DateTimeOffset started, string load)
    {
        // The first sweep into a folder records where it ran; a resumed sweep keeps that record.
        var path = Path.Combine(root, RunFolder.EnvironmentFileName);
        if (File.Exists(path))
        {
            return;
        }

        var environment = SweepEnvironment.Collect(plan, started, load) with
        {
            Models = SweepEnvironment.Checksums(ModelsOf(plan)),
        };
        SweepJson.Write(path, environment);
    }

    private static IEnumerable<(string Role, string Model)> ModelsOf(SweepPlan plan)
    {
        foreach (var model in DefaultModels.Device)
        {
            yield return ("device", model);
        }

        foreach (var planned in plan.Configurations)
        {
            var c = planned.Configuration;
            if (c.HasServer)
            {
                foreach (var model in c.ServerModel is { } m ? [m] : DefaultModels.Server)
                {
                    yield return ("server", model);
                }
            }

            if (c.HasCloud)
            {
                var models = c.CloudModels?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    ?? DefaultModels.Cloud;
                foreach (var model in models)
                {
                    yield return ("cloud", model);
                }
            }
        }

        foreach (var model in plan.PeerModels)
        {
            yield return ("frame loops", model);
        }
    }
}
