// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;
using VateSharp.EdgeServer.Hosting;
using VateSharp.Inference;

namespace VateSharp.EdgeServer;

/// <summary>Runs <c>edge-server serve</c>.</summary>
internal static class ServeCommand
{
    public static Task<int> RunAsync(ServeOptions options, CliContext context, CancellationToken ct)
    {
        var detectorOptions = new DetectorOptions
        {
            Family = options.Family,
            IntraOpThreads = options.ResolvedThreads,
            Provider = options.Provider ?? ExecutionProvider.Cpu,
            LoggerFactory = context.LoggerFactory,
        };
        return ServeRunner.RunAsync("edge-server", options,
            (_, token) => DetectorFactory.CreateAsync(options.ResolvedModel, detectorOptions, null, token),
            string.Empty, context, ct);
    }
}
