// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Reflection;
using Microsoft.Extensions.Logging;
using VateSharp.Cli;
using VateSharp.Inference;
using VateSharp.Transport.Security;
using VateSharp.Transport.Server;

namespace VateSharp.EdgeServer.Hosting;

/// <summary>Loads one detector per worker, serves until Ctrl-C or SIGTERM, then stops gracefully.</summary>
public static class ServeRunner
{
    /// <summary>Runs a serving tier.</summary>
    /// <param name="tier">The tier's name for the banner, e.g. <c>edge-server</c>.</param>
    /// <param name="options">The resolved command-line options.</param>
    /// <param name="createDetector">Creates the detector of worker i.</param>
    /// <param name="describe">Extra banner text (model composition).</param>
    /// <param name="context">Console and logging.</param>
    /// <param name="ct">Cancelled by Ctrl-C or SIGTERM.</param>
    public static async Task<int> RunAsync(
        string tier, ServeOptionsBase options, Func<int, CancellationToken, Task<IObjectDetector>> createDetector,
        string describe, CliContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(createDetector);
        ArgumentNullException.ThrowIfNull(context);
        var logger = context.LoggerFactory.CreateLogger(tier);
        var serverOptions = BuildOptions(options);
        var problems = serverOptions.Validate();
        if (problems.Count > 0)
        {
            throw new UserFacingException(string.Join(" ", problems), ExitCodes.Usage);
        }

        var detectors = new List<IObjectDetector>();
        try
        {
            for (var i = 0; i < options.ResolvedWorkers; i++)
            {
                detectors.Add(await createDetector(i, ct));
            }
        }
        catch
        {
            detectors.ForEach(d => d.Dispose());
            throw;
        }

        await using var server = new DetectionServer(i => detectors[i], serverOptions,
            context.LoggerFactory.CreateLogger<DetectionServer>());
        server.Start();
        var info = server.Model;
        var version = typeof(ServeRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        logger.LogInformation(
            "{Tier} {Version} on .NET {Runtime}: model {Model} ({Family}, {Width}x{Height}, {Classes} classes, provider " +
            "{Provider}){Describe}; endpoint {Endpoint}; {Workers} workers x {Threads} threads; queue {Queue} per client " +
            "(drop oldest); max message {MaxBytes} bytes; score {Score}, NMS {Nms}; CURVE {Curve}",
            tier, version, Environment.Version, info.Name, info.Family, info.InputWidth, info.InputHeight,
            info.ClassNames.Count, info.Provider, describe, server.Endpoint, options.ResolvedWorkers, options.ResolvedThreads,
            serverOptions.QueueCapacityPerClient, serverOptions.MaxMessageBytes, serverOptions.Postprocess.ScoreThreshold,
            serverOptions.Postprocess.NmsThreshold,
            serverOptions.Curve is null ? "off" : $"on, {serverOptions.Curve.AllowedClientKeys.Count} allowed keys");
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            logger.LogInformation("Stop requested; answering in-flight frames before closing");
        }

        await server.StopAsync(CancellationToken.None);
        return ExitCodes.Success;
    }

    private static DetectionServerOptions BuildOptions(ServeOptionsBase options)
    {
        var defaults = DetectionServerOptions.Default;
        CurveServerOptions? curve = null;
        if (options.CurveSecretKey is { } secret && options.AllowedKeys is { } allowed)
        {
            curve = new CurveServerOptions
            {
                ServerCertificate = CurveKeyFiles.LoadSecret(secret),
                AllowedClientKeys = CurveKeyFiles.LoadAllowList(allowed),
            };
        }

        return new DetectionServerOptions
        {
            Endpoint = options.ResolvedEndpoint,
            Workers = options.ResolvedWorkers,
            QueueCapacityPerClient = options.Queue ?? defaults.QueueCapacityPerClient,
            MaxMessageBytes = options.MaxMessageBytes ?? defaults.MaxMessageBytes,
            DrainTimeout = options.DrainTimeoutMs is { } drain ? TimeSpan.FromMilliseconds(drain) : defaults.DrainTimeout,
            Postprocess = defaults.Postprocess with
            {
                ScoreThreshold = options.ScoreThreshold ?? defaults.Postprocess.ScoreThreshold,
                NmsThreshold = options.NmsThreshold ?? defaults.Postprocess.NmsThreshold,
            },
            Curve = curve,
        };
    }
}
