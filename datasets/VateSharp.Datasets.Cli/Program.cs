// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;
using VateSharp.Datasets.Cli.Commands;

namespace VateSharp.Datasets.Cli;

/// <summary>The <c>datasets</c> program: makes and converts datasets.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Parses and runs one verb; expected failures print one sentence and return 1, usage errors 2.</summary>
    internal static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        CliApp.RunAsync("datasets", args, new VerbRegistry()
            .Add<SynthesizeOptions>((o, c, _) => Task.FromResult(SynthesizeCommand.Run(o, c.Out, c.Error)))
            .Add<VisDroneToCocoOptions>((o, c, _) => Task.FromResult(VisDroneToCocoCommand.Run(o, c.Out, c.Error))),
            output, error);
}
