// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Commands;
using VateSharp.Cli;

namespace VateSharp.Benchmark;

/// <summary>Entry point of the <c>benchmark</c> program: one registration line per verb.</summary>
internal static class Program
{
    /// <summary>Gets the program's verbs.</summary>
    internal static VerbRegistry Verbs() => new VerbRegistry()
        .Add<FetchAssetsOptions>(FetchAssetsCommand.RunAsync)
        .Add<DetectOptions>(DetectCommand.RunAsync)
        .Add<MicroOptions>(MicroCommand.RunAsync)
        .Add<EvalOptions>((o, c, _) => Task.FromResult(EvalCommand.Run(o, c.Out, c.Error)))
        .Add<EvalSpeedOptions>((o, c, _) => Task.FromResult(EvalSpeedCommand.Run(o, c.Out)))
        .Add<TransportOptions>(TransportCommand.RunAsync)
        .Add<CloudOptions>(CloudCommand.RunAsync)
        .Add<TrackingOptions>(TrackingCommand.RunAsync)
        .Add<SweepOptions>(SweepCommand.RunAsync)
        .Add<ReportOptions>(ReportCommand.RunAsync)
        .Add<LoopOptions>(LoopCommand.RunAsync);

    private static Task<int> Main(string[] args) => CliApp.RunAsync("benchmark", args, Verbs());
}
