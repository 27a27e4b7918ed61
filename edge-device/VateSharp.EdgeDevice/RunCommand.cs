// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Spectre.Console;
using VateSharp.Cli;
using VateSharp.Core.Classes;
using VateSharp.Datasets;
using VateSharp.Datasets.Sources;
using VateSharp.Evaluation;
using VateSharp.Pipeline.Device;
using VateSharp.Transport;

namespace VateSharp.EdgeDevice;

/// <summary>The <c>run</c> verb: one device run with a progress display, then the summary and the COCO table.</summary>
internal static class RunCommand
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(RunOptions options, CliContext context, CancellationToken ct)
    {
        var run = options.Built ?? throw new InvalidOperationException("The options were not validated before the run.");
        try
        {
            // A camera or stream has no end of its own: there the first Ctrl-C ends the run with its outputs. A file
            // run that is interrupted is incomplete, so it keeps the usual meaning (abort, write nothing).
            var live = IsLive(run.Input);
            if (live)
            {
                context.Stop.Arm();
            }

            var hooks = new DeviceRunHooks { Stop = live ? context.Stop.Token : CancellationToken.None };
            var result = await (options.NoProgress
                ? DeviceRunner.RunAsync(run, hooks, context.LoggerFactory, ct)
                : OnTerminal(context)
                    ? RunWithBarAsync(run, hooks, context, ct)
                    : DeviceRunner.RunAsync(run, hooks with { Progress = new PlainProgress(context.Out, PlainInterval) }, context.LoggerFactory, ct));
            RunSummary.Print(context.Out, result);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is DatasetException or CocoFormatException or ClassMappingException or TransportException)
        {
            // These libraries' own failures are expected ones too: one sentence, no stack trace.
            throw new UserFacingException(ex.Message, ex);
        }
    }

    private static bool IsLive(string input)
    {
        try
        {
            return FrameSourceFactory.Classify(input) is FrameSourceKind.Camera or FrameSourceKind.Stream;
        }
        catch (DatasetException)
        {
            // The run itself reports an input that names nothing.
            return false;
        }
    }

    private static bool OnTerminal(CliContext context) =>
        ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected;

    private static async Task<DeviceRunResult> RunWithBarAsync(DeviceRunOptions run, DeviceRunHooks hooks, CliContext context, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
        DeviceRunResult? result = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("starting the tiers", maxValue: 1);
                result = await DeviceRunner.RunAsync(run, hooks with { Progress = new BarProgress(task) }, context.LoggerFactory, ct);
                task.Value = task.MaxValue;
            });
        return result!;
    }
}
