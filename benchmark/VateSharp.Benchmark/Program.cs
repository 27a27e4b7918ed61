// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Commands;
using VateSharp.Cli;

namespace VateSharp.Benchmark;

/// <summary>Entry point of <c>benchmark</c>.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) =>
        CliApp.RunAsync("benchmark", args, new VerbRegistry()
            .Add<TransportOptions>(TransportCommand.RunAsync)
            .Add<CloudOptions>(CloudCommand.RunAsync));
}
