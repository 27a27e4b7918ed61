// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;

namespace VateSharp.EdgeDevice;

/// <summary>Entry point of <c>edge-device</c>: its one verb, <c>run</c>, is the default (a bare --help describes it).</summary>
internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        RunOptions.CommandLine = args;
        return CliApp.RunAsync("edge-device", args, new VerbRegistry().Add<RunOptions>(RunCommand.RunAsync));
    }
}
