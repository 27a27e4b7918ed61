// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;
using VateSharp.Cloud.Ensemble;
using VateSharp.EdgeServer.Hosting;
using VateSharp.Inference;

namespace VateSharp.Cloud;

/// <summary>Entry point of <c>cloud</c>: serves sliced and ensembled detection over ZeroMQ.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        try
        {
            return await CliApp.RunAsync("cloud", args, new VerbRegistry().Add<CloudServeOptions>(ServeAsync));
        }
        finally
        {
            NetMQ.NetMQConfig.Cleanup(block: false);
        }
    }

    private static Task<int> ServeAsync(CloudServeOptions options, CliContext context, CancellationToken ct)
    {
        var composition = options.ToComposition();
        var detectorOptions = new DetectorOptions
        {
            IntraOpThreads = options.ResolvedThreads,
            Provider = options.Provider ?? ExecutionProvider.Cpu,
            LoggerFactory = context.LoggerFactory,
        };
        return ServeRunner.RunAsync("cloud", options,
            (_, token) => CloudDetectorFactory.CreateAsync(composition, detectorOptions, null, token),
            $" composed as {composition.Describe()}", context, ct);
    }
}
