// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;

namespace VateSharp.EdgeDevice;

/// <summary>Entry point of <c>edge-device</c>: its one verb, <c>run</c>, is the default.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        // The verb is the default one, so a bare --help should describe its options rather than list one verb.
        if (args is ["--help"] or ["-h"] or ["help"])
        {
            args = ["run", "--help"];
        }

        RunOptions.CommandLine = args;
        return CliApp.RunAsync("edge-device", args, new VerbRegistry().Add<RunOptions>(RunCommand.RunAsync));
    }
}
