// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VateSharp.Core.Classes;
using VateSharp.Core.Detections;
using VateSharp.Datasets.Sources;
using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;
using VateSharp.Pipeline.CatchUp;
using VateSharp.Pipeline.Device.Output;
using VateSharp.Pipeline.Device.Running;
using VateSharp.Pipeline.Fusion;
using VateSharp.Pipeline.Metrics;
using VateSharp.Pipeline.Scheduling;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Device;

/// <summary>
/// Runs the whole device pipeline once: opens the input, checks the annotations against it, starts the tiers
/// (embedded or remote), plays every frame through the frame loop, then writes detections.json, metrics.json,
/// run.json and, with annotations, scores.json into the output folder. Outputs appear only when the run
/// succeeded; each is written to a temporary file and renamed.
/// </summary>
public static partial class DeviceRunner
{
    /// <summary>Runs the pipeline.</summary>
    /// <exception cref="DeviceRunException">The options, input, annotations or models are unusable.</exception>
    public static async Task<DeviceRunResult> RunAsync(
        DeviceRunOptions options, DeviceRunHooks? hooks, ILoggerFactory loggers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        hooks ??= DeviceRunHooks.None;
        var problems = DeviceRunValidation.Validate(options);
        if (problems.Count > 0)
        {
            throw new DeviceRunException(string.Join(" ", problems));
        }

        var logger = loggers.CreateLogger(typeof(DeviceRunner));
        var started = DateTimeOffset.UtcNow;
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        using var input = InputPlan.Open(options, loggers);
        var groundTruth = LoadGroundTruth(options, input, logger);
        var classMap = LoadClassMap(options);

        if (options.DecodeOnly)
        {
            var decoded = DecodeOnly(input, hooks, cancellationToken);
            return await FinishAsync(options, null, null, decoded with { ProcessCpuSeconds = CpuSince(cpuAtStart) }, [], new LabelSpace(), new Dictionary<Tier, string>(), started, new Outputs(null, null, null), cancellationToken);
        }

        var metrics = new PipelineMetrics();
        using var inbox = new ReplyInbox();
        var tiers = await TierSet.CreateAsync(options, inbox, metrics, loggers, hooks.Assets, cancellationToken);
        VideoRecorder? video = null;
        FrameImageWriter? frames = null;
        StreamedResults? streamed = null;
        try
        {
            LogBanner(logger, options, tiers);
            video = options.VideoOut is null ? null : new VideoRecorder(options.VideoOut, input.Source.FramesPerSecond ?? options.FramesPerSecond);
            frames = options.FramesOut is null ? null : new FrameImageWriter(options.FramesOut);

            // Image sequences keep their boxes for scoring at the end; a video, camera or stream has nothing to
            // score, so its boxes go to disk as they are shown and memory stays flat however long it runs.
            var recorder = new FrameRecorder();
            streamed = input.Sequences is null
                ? new StreamedResults(Path.Combine(Path.GetFullPath(options.OutputFolder), "detections.json"))
                : null;
            var sinks = new List<IShownFrameSink> { streamed is null ? recorder : streamed };
            sinks.AddRange(new IShownFrameSink?[] { video, frames }.OfType<IShownFrameSink>());
            sinks.AddRange(hooks.Sinks);
            if (hooks.Progress is { } progress)
            {
                sinks.Add(new ProgressSink(progress, input.TotalFrames, input.Sequences?.Count));
            }

            var fusion = CreateFusion(options);
            using var source = new StoppableFrameSource(input.Source, hooks.Stop);
            using var loop = new DeviceLoop(LoopSettings(options, input), source, tiers.Primary, tiers.Offloaded, inbox, fusion, metrics, sinks, logger);
            var wall = Stopwatch.StartNew();
            await Task.Factory.StartNew(() => loop.Run(cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            wall.Stop();

            var report = Report(metrics, loop, tiers, input.Source, wall.Elapsed) with
            {
                ProcessCpuSeconds = CpuSince(cpuAtStart),
                StoppedOnRequest = source.StoppedOnRequest,
            };
            var models = tiers.Models.ToDictionary();
            await tiers.DisposeAsync();
            tiers = null;
            return await FinishAsync(options, groundTruth, classMap, report, recorder.Records, loop.Labels, models, started, new Outputs(video, frames, streamed), cancellationToken);
        }
        finally
        {
            video?.Dispose();
            frames?.Dispose();
            streamed?.Dispose();
            if (tiers is not null)
            {
                await tiers.DisposeAsync();
            }
        }
    }

    private static IFusion CreateFusion(DeviceRunOptions options)
    {
        var name = DeviceRunValidation.FusionOf(options.Fusion)!;
        if (name == FusionNames.Vate)
        {
            return FusionFactory.Create(name);
        }

        var tiered = TieredFusionOptions.Default;
        return new TrustedBoxFusion(FusionFactory.Create(name, tiered), tiered.TrustOrder, options.DeviceScoreWeight);
    }

    private static DeviceLoopSettings LoopSettings(DeviceRunOptions options, InputPlan input) => new(input.Sequences)
    {
        Rate = new DetectionRateOptions { Mode = options.Mode, Rate = options.DetectionRate },
        Tracker = options.Tracker.Trim().ToLowerInvariant(),
        TrackerOptions = new TrackerOptions { MinTrackScore = options.TrackMinScore },
        TrackingFrame = new TrackingFrameOptions { MaxWidth = options.TrackingWidth },
        History = new FrameHistoryOptions { Duration = TimeSpan.FromSeconds(options.HistorySeconds), MaxFrames = 300 },
        CatchUp = new CatchUpOptions { MaxSteps = options.CatchUpMaxSteps },
        MaxFramesPerSequence = options.MaxFramesPerSequence,
        SingleStream = input.Kind != FrameSourceKind.ImageSequences,
        FramesPerSecond = input.Source.FramesPerSecond ?? options.FramesPerSecond,
        MaxFramesPerSecond = options.MaxFramesPerSecond,
        PrimaryJpegQuality = options.For(options.Tiers.Min()).JpegQuality,
    };

    private static GroundTruth? LoadGroundTruth(DeviceRunOptions options, InputPlan input, ILogger logger)
    {
        if (options.Annotations is null)
        {
            return null;
        }

        var groundTruth = GroundTruth.Load(options.Annotations);
        if (input.Sequences is null)
        {
            throw new DeviceRunException(
                $"Annotations can be scored only for image sequences (they name frames by file); '{options.Input}' is a " +
                "video, camera or stream. Extract its frames into a folder, or run it without annotations.");
        }

        var names = input.FileNames;
        var matched = groundTruth.RequireCovers(names);
        if (matched < names.Count)
        {
            LogPartlyAnnotated(logger, names.Count - matched, names.Count);
        }

        return groundTruth;
    }

    private static IReadOnlyDictionary<string, string?>? LoadClassMap(DeviceRunOptions options)
    {
        try
        {
            return options.ClassMap is null ? null : ClassMapper.ReadUserMapping(options.ClassMap);
        }
        catch (ClassMappingException ex)
        {
            throw new DeviceRunException(ex.Message, ex);
        }
    }

    private static DeviceRunReport DecodeOnly(InputPlan input, DeviceRunHooks hooks, CancellationToken cancellationToken)
    {
        var metrics = new PipelineMetrics();
        var wall = Stopwatch.StartNew();
        long frames = 0;
        var sequences = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var timer = StageTimer.Start();
            if (!input.Source.TryRead(out var frame, cancellationToken))
            {
                break;
            }

            timer.Stop(metrics, PipelineStage.Decode);
            using (frame)
            {
                sequences += frame!.IsFirstOfSequence ? 1 : 0;
                frames++;
                metrics.RecordFrameShown();
                hooks.Progress?.Report(new DeviceProgress(frames, input.TotalFrames, frame.SourceName, sequences, input.Sequences?.Count));
            }
        }

        var snapshot = metrics.Snapshot();
        return new DeviceRunReport
        {
            FramesShown = frames,
            Sequences = sequences,
            CorruptFramesSkipped = input.Source.SkippedFrames,
            FramesDroppedBySource = input.Source.DroppedFrames,
            SourceReconnects = input.Source.Reconnects,
            WallSeconds = wall.Elapsed.TotalSeconds,
            FramesPerSecond = snapshot.FramesPerSecond,
            Stages = snapshot.Stages,
        };
    }

    private static DeviceRunReport Report(PipelineMetrics metrics, DeviceLoop loop, TierSet tiers, IFrameSource source, TimeSpan wall)
    {
        var snapshot = metrics.Snapshot();
        var statistics = loop.Statistics;
        var reports = new List<TierReport>();
        foreach (var channel in tiers.Channels)
        {
            var name = TierNames.Of(channel.Tier);
            var measured = snapshot.Tiers.TryGetValue(channel.Tier.ToString(), out var found) ? found : null;
            var remote = channel as RemoteTierChannel;
            var primary = ReferenceEquals(channel, tiers.Primary);
            var requests = measured?.Requests ?? 0;
            reports.Add(new TierReport
            {
                Name = name,
                Role = primary ? "primary" : "offloaded",
                Description = channel.Description,
                Policy = primary ? null : tiers.Offloaded.First(o => ReferenceEquals(o.Channel, channel)).Policy.Name,
                Requests = requests,
                Replies = measured?.Replies ?? 0,
                BytesSent = measured?.BytesSent ?? 0,
                OffloadRatio = primary
                    ? (statistics.Shown == 0 ? 0 : requests / (double)statistics.Shown)
                    : measured?.OffloadRatio ?? 0,
                Latency = measured?.Latency ?? LatencySummary.Empty,
                TimeDegradedSeconds = measured?.TimeDegradedSeconds ?? 0,
                HealthTransitions = measured?.HealthTransitions ?? 0,
                Failures = remote?.Failures ?? new Dictionary<string, long>(),
                Merged = statistics.Merged(channel.Tier),
                MeanFramesBehind = statistics.MeanFramesBehind(channel.Tier),
                MaxFramesBehind = statistics.MaxFramesBehind(channel.Tier),
                CpuSeconds = channel.DetectorCpuTime?.TotalSeconds,
            });
        }

        var drops = new Dictionary<string, long>(snapshot.Drops, StringComparer.Ordinal);
        if (source.SkippedFrames > 0)
        {
            drops["corrupt-frame"] = source.SkippedFrames;
        }

        if (source.DroppedFrames > 0)
        {
            drops["source-busy"] = source.DroppedFrames;
        }

        return new DeviceRunReport
        {
            FramesShown = statistics.Shown,
            FramesFilled = statistics.Filled,
            Sequences = statistics.Sequences,
            CorruptFramesSkipped = source.SkippedFrames,
            FramesDroppedBySource = source.DroppedFrames,
            SourceReconnects = source.Reconnects,
            WallSeconds = wall.TotalSeconds,
            FramesPerSecond = snapshot.FramesPerSecond,
            Stages = snapshot.Stages,
            Tiers = reports,
            Drops = drops,
            PrimaryWaits = statistics.PrimaryWaits,
            PrimaryWaitedSeconds = statistics.PrimaryWaited.TotalSeconds,
            PrimaryWaitsAbandoned = statistics.PrimaryWaitsAbandoned,
            BroughtForward = loop.Forwarder.Count(CatchUpOutcome.BroughtForward),
            CatchUpSteps = loop.Forwarder.StepsTaken,
            LoopCpuSeconds = statistics.LoopCpu?.TotalSeconds,
        };
    }

    private static async Task<DeviceRunResult> FinishAsync(
        DeviceRunOptions options,
        GroundTruth? groundTruth,
        IReadOnlyDictionary<string, string?>? classMap,
        DeviceRunReport report,
        IReadOnlyList<FrameRecord> records,
        LabelSpace labels,
        IReadOnlyDictionary<Tier, string> models,
        DateTimeOffset started,
        Outputs outputs,
        CancellationToken cancellationToken)
    {
        var (video, frames, streamed) = outputs;
        cancellationToken.ThrowIfCancellationRequested();
        var folder = Path.GetFullPath(options.OutputFolder);
        var results = CocoResultsBuilder.Build(records, labels.Names, groundTruth, classMap);
        var scores = groundTruth is null || options.DecodeOnly
            ? null
            : await Task.Run(() => RunScoring.Score(groundTruth, results, options.MaxDetections), cancellationToken);

        // Every output is complete before any takes its name: a failure above leaves the folder as it was.
        var files = new List<string>();
        void Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            AtomicFile.WriteAllText(path, text);
            files.Add(path);
        }

        if (streamed is not null)
        {
            streamed.Commit();
            files.Add(Path.Combine(folder, "detections.json"));
        }
        else if (!options.DecodeOnly)
        {
            var detections = Path.Combine(folder, "detections.json");
            CocoJsonWriter.WriteResults(results.Detections, detections);
            files.Add(detections);
        }

        Write("metrics.json", MetricsDocument.Write(report));
        if (scores is not null)
        {
            Write("scores.json", ScoresDocument.Write(scores, options.Annotations!));
        }

        if (video is not null)
        {
            video.Commit();
            files.Add(Path.GetFullPath(options.VideoOut!));
        }

        if (frames is not null)
        {
            frames.Commit();
            files.Add(Path.GetFullPath(options.FramesOut!));
        }

        Write("run.json", RunDocument.Write(options, models, started, DateTimeOffset.UtcNow));
        var written = streamed?.Count ?? results.Detections.Count;
        return new DeviceRunResult(folder, files, report, scores, written, results.UnannotatedFrames, results.UnmappedDetections);
    }

    /// <summary>The outputs that are written while the frames are shown and published when the run ends.</summary>
    private readonly record struct Outputs(VideoRecorder? Video, FrameImageWriter? Frames, StreamedResults? Streamed);

    private static double CpuSince(TimeSpan start) => (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;

    private static void LogBanner(ILogger logger, DeviceRunOptions options, TierSet tiers)
    {
        LogStart(
            logger,
            typeof(DeviceRunner).Assembly.GetName().Version?.ToString() ?? "unknown",
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            options.Input,
            options.Mode.ToString().ToLowerInvariant(),
            options.DetectionRate,
            DeviceRunValidation.FusionOf(options.Fusion)!,
            options.Tracker);
        foreach (var channel in tiers.Channels)
        {
            var settings = options.For(channel.Tier);
            var offloaded = tiers.Offloaded.FirstOrDefault(o => ReferenceEquals(o.Channel, channel));
            LogTier(
                logger,
                TierNames.Of(channel.Tier),
                channel.Description,
                offloaded is null ? "primary" : $"policy {offloaded.Policy.Name}",
                settings.ScoreThreshold,
                channel.Tier == Tier.Device ? "in process" : $"{settings.Size} JPEG q{settings.JpegQuality}, deadline {settings.DeadlineMs} ms");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "VateSharp edge device {Version} on {Runtime}: input {Input}, {Mode} mode, detection rate {Rate}, fusion {Fusion}, tracker {Tracker}")]
    private static partial void LogStart(ILogger logger, string version, string runtime, string input, string mode, int rate, string fusion, string tracker);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tier {Tier}: {Description}, {Role}, score threshold {Threshold}, {Transport}")]
    private static partial void LogTier(ILogger logger, string tier, string description, string role, float threshold, string transport);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Missing} of {Frames} frames have no image in the annotation file; they are played but not scored")]
    private static partial void LogPartlyAnnotated(ILogger logger, int missing, int frames);
}
