// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Device.Tiers;
using VateSharp.Pipeline.Fusion;
using VateSharp.Pipeline.Policies;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Device;

/// <summary>Checks a <see cref="DeviceRunOptions"/> before anything starts; each problem is one sentence with the remedy.</summary>
public static class DeviceRunValidation
{
    /// <summary>Returns every problem found; empty when the options can run.</summary>
    public static IReadOnlyList<string> Validate(DeviceRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        Check(!string.IsNullOrWhiteSpace(options.Input), "Give what to play: a glob of sequence folders, a folder, a video file, a camera index or a stream URL.");
        Check(options.DetectionRate >= 1, $"--detection-rate must be at least 1 frame, got {options.DetectionRate}.");
        Check(options.Tiers.Count > 0 || options.DecodeOnly, "--tiers must name at least one of device, server, cloud.");
        Check(options.Tiers.Distinct().Count() == options.Tiers.Count, "--tiers names a tier twice; list each once.");
        Check(FusionOf(options.Fusion) is not null, $"--fusion must be ours (alias tiered) or vate, got '{options.Fusion}'.");
        Check(TrackerNames.All.Contains(options.Tracker.Trim().ToLowerInvariant()), $"--tracker must be one of {string.Join(", ", TrackerNames.All)}, got '{options.Tracker}'.");
        Check(options.DeviceScoreWeight is > 0f and <= 1f, $"--device-score-weight must be in (0, 1], got {options.DeviceScoreWeight}.");
        Check(options.TrackMinScore is >= 0f and <= 1f, $"--track-min-score must be in [0, 1], got {options.TrackMinScore}.");
        Check(options.TrackingWidth >= 16, $"--tracking-width must be at least 16 pixels, got {options.TrackingWidth}.");
        Check(options.CatchUpMaxSteps >= 0, $"--catch-up-steps must be 0 (every frame) or more, got {options.CatchUpMaxSteps}.");
        Check(options.HistorySeconds > 0, $"--history-seconds must be positive, got {options.HistorySeconds}.");
        Check(options.FramesPerSecond > 0 && options.FramesPerSecond <= 1000, $"--fps must be in (0, 1000], got {options.FramesPerSecond}.");
        Check(options.MaxFramesPerSecond is null or (> 0 and <= 1000), $"--max-fps must be in (0, 1000], got {options.MaxFramesPerSecond}.");
        Check(options.MaxFramesPerSequence is null or >= 1, $"--max-frames must be at least 1, got {options.MaxFramesPerSequence}.");
        Check(options.PrefetchFrames is >= 0 and <= 256, $"--prefetch must be 0 to 256 frames, got {options.PrefetchFrames}.");
        Check(options.ReconnectSeconds is >= 0 and <= 86400, $"--reconnect-seconds must be 0 to 86400, got {options.ReconnectSeconds}.");
        Check(
            options.MaxDetections.Count >= 3 && options.MaxDetections.All(m => m >= 1),
            $"--max-dets needs three or more positive limits such as 100,500,1000, got {string.Join(",", options.MaxDetections)}.");
        Check(options.Annotations is null || File.Exists(options.Annotations), $"The annotation file '{options.Annotations}' does not exist; check the path.");
        Check(options.ClassMap is null || File.Exists(options.ClassMap), $"The class-map file '{options.ClassMap}' does not exist; check the path.");
        Check(!File.Exists(options.OutputFolder), $"--output '{options.OutputFolder}' is a file; give a folder.");
        Check(options.VideoOut is null || options.VideoOut.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase), $"--video-out must name an .mp4 file, got '{options.VideoOut}'.");

        foreach (var tier in options.Tiers)
        {
            ValidateTier(tier, options.For(tier), tier == options.Tiers.Min(), problems);
        }

        return problems;
    }

    /// <summary>Returns the canonical fusion name for a user's choice (ours is tiered), or null when unknown.</summary>
    public static string? FusionOf(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "ours" or FusionNames.Tiered => FusionNames.Tiered,
        FusionNames.Vate => FusionNames.Vate,
        _ => null,
    };

    private static void ValidateTier(Tier tier, TierOptions settings, bool primary, List<string> problems)
    {
        var name = TierNames.Of(tier);
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        Check(settings.IsEmbedded ? settings.Models.Count > 0 : tier != Tier.Device, tier == Tier.Device
            ? "The device runs its detector itself; give --device-model (it takes no endpoint)."
            : $"The {name} needs --{name}-model(s) or --{name}-endpoint.");
        Check(settings.ScoreThreshold is >= 0f and <= 1f, $"--{name}-threshold must be in [0, 1], got {settings.ScoreThreshold}.");
        Check(settings.NmsThreshold is > 0f and <= 1f, $"--{name}-nms must be in (0, 1], got {settings.NmsThreshold}.");
        Check(settings.MaxDetections is >= 1 and <= 10_000, $"--{name}-max-boxes must be 1 to 10000, got {settings.MaxDetections}.");
        Check(settings.Threads is >= 0 and <= 64, $"--{name}-threads must be 0 (ONNX Runtime decides) to 64, got {settings.Threads}.");
        Check(settings.JpegQuality is >= 1 and <= 100, $"--{name}-jpeg-quality must be 1 to 100, got {settings.JpegQuality}.");
        Check(settings.DeadlineMs is >= 1 and <= 600_000, $"The {name} deadline must be 1 ms to 10 minutes, got {settings.DeadlineMs} ms.");
        Check(settings.Workers is >= 1 and <= 16, $"--{name}-workers must be 1 to 16, got {settings.Workers}.");
        Check(settings.MaxInFlight is >= 1 and <= 16, $"--{name}-max-in-flight must be 1 to 16, got {settings.MaxInFlight}.");
        Check(settings.SliceOverlap is >= 0f and <= 0.9f, $"--{name}-slice-overlap must be in [0, 0.9], got {settings.SliceOverlap}.");
        try
        {
            _ = TierDetectors.SliceOptionsOf(settings);
        }
        catch (ArgumentException)
        {
            problems.Add($"--{name}-slices must be COLUMNSxROWS from 1x1 to 8x8, or none; got '{settings.Slices}'.");
        }

        foreach (var endpoint in settings.Endpoints)
        {
            Check(
                endpoint.StartsWith("tcp://", StringComparison.Ordinal) || endpoint.StartsWith("inproc://", StringComparison.Ordinal),
                $"--{name}-endpoint '{endpoint}' must start with tcp:// (for example tcp://10.0.0.2:5555).");
        }

        if (!primary && tier != Tier.Device)
        {
            Check(
                OffloadPolicyRegistry.Default.Names.Contains(settings.Policy.Trim(), StringComparer.OrdinalIgnoreCase),
                $"--{name}-policy must be one of {string.Join(", ", OffloadPolicyRegistry.Default.Names)}, got '{settings.Policy}'.");
            Check(settings.EveryN >= 1, $"--{name}-every must be at least 1, got {settings.EveryN}.");
        }
    }
}
