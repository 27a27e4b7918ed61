// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;

namespace VateSharp.EdgeServer;

/// <summary>Entry point of <c>edge-server</c>: serves a detector to edge devices over ZeroMQ.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        try
        {
            return await CliApp.RunAsync("edge-server", args, new VerbRegistry()
                .Add<ServeOptions>(ServeCommand.RunAsync)
                .Add<KeygenOptions>(KeygenCommand.RunAsync));
        }
        finally
        {
            // Lets the sockets' linger run out instead of being cut off at process exit.
            NetMQ.NetMQConfig.Cleanup(block: false);
        }
    }
}
