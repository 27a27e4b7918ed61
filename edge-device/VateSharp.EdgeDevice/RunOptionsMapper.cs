// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Device;
using VateSharp.Pipeline.Scheduling;

namespace VateSharp.EdgeDevice;

/// <summary>Turns the command line into <see cref="DeviceRunOptions"/>, collecting every problem as a sentence.</summary>
internal static class RunOptionsMapper
{
    public static DeviceRunOptions? TryBuild(RunOptions o, List<string> problems)
    {
        var mode = o.Sync ? "sync" : o.Mode.Trim().ToLowerInvariant();
        if (mode is not ("sync" or "async"))
        {
            problems.Add($"--mode must be sync or async, got '{o.Mode}'.");
        }

        var tiers = new List<Tier>();
        foreach (var name in Split(o.Tiers))
        {
            if (TierNames.TryParse(name, out var tier))
            {
                tiers.Add(tier.Value);
            }
            else
            {
                problems.Add($"--tiers lists '{name}'; use device, server and cloud, comma-separated.");
            }
        }

        var serverSize = Size(o.ServerSize, "--server-size", problems);
        var cloudSize = Size(o.CloudSize, "--cloud-size", problems);
        var maxDets = new List<int>();
        foreach (var text in Split(o.MaxDets))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0)
            {
                maxDets.Add(limit);
            }
            else
            {
                problems.Add($"--max-dets must be positive whole numbers such as 100,500,1000, got '{o.MaxDets}'.");
                break;
            }
        }

        var options = new DeviceRunOptions
        {
            Input = string.IsNullOrWhiteSpace(o.Input) ? "0" : o.Input,
            Annotations = o.Annotations,
            OutputFolder = o.Output ?? DefaultOutput(),
            DetectionRate = o.DetectionRate,
            Mode = mode == "sync" ? DetectionMode.Sync : DetectionMode.Async,
            Tiers = tiers,
            Device = TierOptions.DeviceDefault with
            {
                Models = Split(o.DeviceModel),
                Family = o.ModelFamily,
                ScoreThreshold = o.DeviceThreshold,
                NmsThreshold = o.Nms,
                Threads = o.DeviceThreads,
            },
            Server = TierOptions.ServerDefault with
            {
                Models = Split(o.ServerModel),
                Family = o.ModelFamily,
                Endpoints = Split(o.ServerEndpoint),
                Policy = o.ServerPolicy.Trim().ToLowerInvariant(),
                EveryN = o.ServerEvery,
                ScoreThreshold = o.ServerThreshold,
                NmsThreshold = o.Nms,
                Size = serverSize,
                JpegQuality = o.ServerJpegQuality ?? o.JpegQuality,
                DeadlineMs = o.ServerDeadlineMs ?? o.DeadlineMs,
                Threads = o.ServerThreads,
                Workers = o.ServerWorkers,
                MaxInFlight = o.ServerMaxInFlight,
            },
            Cloud = TierOptions.CloudDefault with
            {
                Models = Split(o.CloudModels),
                Family = o.ModelFamily,
                Endpoints = Split(o.CloudEndpoint),
                Policy = o.CloudPolicy.Trim().ToLowerInvariant(),
                EveryN = o.CloudEvery,
                ScoreThreshold = o.CloudThreshold,
                NmsThreshold = o.Nms,
                Size = cloudSize,
                JpegQuality = o.CloudJpegQuality ?? o.JpegQuality,
                DeadlineMs = o.CloudDeadlineMs ?? (int)Math.Min(600_000, o.DeadlineMs * 2.5),
                Threads = o.CloudThreads,
                Workers = o.CloudWorkers,
                MaxInFlight = o.CloudMaxInFlight,
                Slices = o.CloudSlices.Trim().ToLowerInvariant(),
                SliceOverlap = o.CloudSliceOverlap,
                SliceFullFrame = !o.CloudNoFullFrame,
            },
            Fusion = o.Fusion,
            Tracker = o.Tracker,
            DeviceScoreWeight = o.DeviceScoreWeight,
            TrackingWidth = o.TrackingWidth,
            TrackMinScore = o.TrackMinScore,
            CatchUpMaxSteps = o.CatchUpSteps,
            HistorySeconds = o.HistorySeconds,
            RealTime = o.RealTime,
            FramesPerSecond = o.Fps,
            MaxFramesPerSecond = o.MaxFps,
            MaxFramesPerSequence = o.MaxFrames,
            PrefetchFrames = o.Prefetch,
            ReconnectSeconds = o.ReconnectSeconds,
            DecodeOnly = o.DecodeOnly,
            VideoOut = o.VideoOut,
            FramesOut = o.FramesOut,
            MaxDetections = maxDets,
            ClassMap = o.ClassMap,
        };
        if (o.JpegQuality is < 1 or > 100)
        {
            problems.Add($"--jpeg-quality must be 1 to 100, got {o.JpegQuality}.");
        }

        problems.AddRange(DeviceRunValidation.Validate(options));
        return problems.Count == 0 ? options : null;
    }

    private static string[] Split(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static FrameSize Size(string text, string option, List<string> problems)
    {
        if (FrameSize.TryParse(text, out var size))
        {
            return size;
        }

        problems.Add($"{option} must be WIDTHxHEIGHT (16 to 8192 each, for example 640x512) or native, got '{text}'.");
        return FrameSize.Native;
    }

    private static string DefaultOutput()
    {
        var stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.Combine("runs", stamp);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine("runs", $"{stamp}-{n}");
        }

        return folder;
    }
}
