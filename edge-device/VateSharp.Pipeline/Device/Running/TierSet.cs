// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using VateSharp.Assets;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Device.Tiers;
using VateSharp.Pipeline.Health;
using VateSharp.Pipeline.Metrics;
using VateSharp.Pipeline.Policies;
using VateSharp.Transport.Client;
using VateSharp.Transport.Embedded;
using VateSharp.Transport.Server;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// The tiers of one run: the device's detector in process, and the edge server and cloud either remote (tcp://
/// endpoints) or started here as embedded servers on inproc:// endpoints, reached through the same client and
/// messages. The lowest tier is the primary detector; the others get their offload policies.
/// </summary>
internal sealed partial class TierSet : IAsyncDisposable
{
    private readonly List<ITierChannel> _channels = [];
    private readonly List<EmbeddedTier> _embedded = [];
    private readonly Dictionary<Tier, string> _models = [];
    private readonly List<OffloadedTier> _offloaded = [];

    private TierSet()
    {
    }

    public ITierChannel? Primary { get; private set; }

    public IReadOnlyList<OffloadedTier> Offloaded => _offloaded;

    public IReadOnlyList<ITierChannel> Channels => _channels;

    /// <summary>Gets what each tier runs (model names, or what a remote server reported).</summary>
    public IReadOnlyDictionary<Tier, string> Models => _models;

    public static async Task<TierSet> CreateAsync(
        DeviceRunOptions options, ReplyInbox inbox, PipelineMetrics metrics, ILoggerFactory loggers, AssetStore? store,
        CancellationToken ct)
    {
        var set = new TierSet();
        try
        {
            foreach (var tier in options.Tiers.Distinct().Order())
            {
                var channel = tier == Tier.Device
                    ? await set.CreateDeviceAsync(options.Device, inbox, metrics, loggers, store, ct)
                    : await set.CreateRemoteAsync(tier, options.For(tier), inbox, metrics, loggers, store, ct);
                set._channels.Add(channel);
                if (set.Primary is null)
                {
                    set.Primary = channel;
                }
                else
                {
                    var settings = options.For(tier);
                    var policy = OffloadPolicyRegistry.Default.Create(settings.Policy, new OffloadPolicyOptions
                    {
                        JpegQuality = settings.JpegQuality,
                        EveryN = settings.EveryN,
                    });
                    set._offloaded.Add(new OffloadedTier((RemoteTierChannel)channel, policy));
                }
            }

            return set;
        }
        catch
        {
            await set.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Clients first, so nothing new reaches the servers while they drain.
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }

        foreach (var embedded in _embedded)
        {
            await embedded.DisposeAsync();
        }
    }

    private async Task<ITierChannel> CreateDeviceAsync(
        TierOptions settings, ReplyInbox inbox, PipelineMetrics metrics, ILoggerFactory loggers, AssetStore? store, CancellationToken ct)
    {
        var detector = await TierDetectors.CreateAsync(settings, loggers, store, ct);
        _models[Tier.Device] = detector.Info.Name;
        return new LocalDetectorChannel(detector, inbox, metrics, loggers.CreateLogger<LocalDetectorChannel>());
    }

    private async Task<ITierChannel> CreateRemoteAsync(
        Tier tier, TierOptions settings, ReplyInbox inbox, PipelineMetrics metrics, ILoggerFactory loggers, AssetStore? store,
        CancellationToken ct)
    {
        var clientOptions = new DetectionClientOptions
        {
            DefaultTimeout = settings.Deadline,
            MaxOutstanding = Math.Max(4, settings.MaxInFlight),
        };
        var name = TierNames.Of(tier);
        if (!settings.IsEmbedded)
        {
            var client = new DetectionClient(clientOptions with { Endpoints = settings.Endpoints }, loggers.CreateLogger<DetectionClient>());
            var model = await AskModelAsync(client, ct);
            _models[tier] = model ?? "unknown (no answer yet)";
            if (model is null)
            {
                LogNoAnswer(loggers.CreateLogger<TierSet>(), name, string.Join(", ", settings.Endpoints));
            }

            return new RemoteTierChannel(
                tier, client, settings, $"{_models[tier]} at {string.Join(", ", settings.Endpoints)}", () => null, inbox, metrics,
                loggers.CreateLogger<TierHealth>());
        }

        var detectors = new List<CpuTimedDetector>();
        try
        {
            for (var worker = 0; worker < settings.Workers; worker++)
            {
                detectors.Add(new CpuTimedDetector(await TierDetectors.CreateAsync(settings, loggers, store, ct)));
            }
        }
        catch
        {
            detectors.ForEach(d => d.Dispose());
            throw;
        }

        var serverOptions = new DetectionServerOptions
        {
            Workers = settings.Workers,
            Postprocess = TierDetectors.Postprocess(settings),
            // Room for every request the device may have in flight, so none is dropped as the oldest waiting.
            QueueCapacityPerClient = Math.Max(4, settings.MaxInFlight),
        };
        var embedded = EmbeddedTier.Start($"vate-{name}-{Guid.NewGuid():N}", i => detectors[i], serverOptions, loggers.CreateLogger<DetectionServer>());
        _embedded.Add(embedded);
        _models[tier] = detectors[0].Info.Name;
        return new RemoteTierChannel(
            tier,
            embedded.CreateClient(clientOptions, loggers.CreateLogger<DetectionClient>()),
            settings,
            $"{detectors[0].Info.Name} in process at {embedded.Endpoint}",
            () => detectors.Aggregate(TimeSpan.Zero, (sum, d) => sum + (d.CpuTime ?? TimeSpan.Zero)),
            inbox,
            metrics,
            loggers.CreateLogger<TierHealth>());
    }

    private static async Task<string?> AskModelAsync(DetectionClient client, CancellationToken ct)
    {
        // A remote tier that is not up yet must not stop the device: it starts without it and uses it once it answers.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            return (await client.GetModelMetadataAsync(timeout.Token))?.Name;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Tier} at {Endpoints} does not answer yet; the device starts without it and uses it once it answers")]
    private static partial void LogNoAnswer(ILogger logger, string tier, string endpoints);
}
