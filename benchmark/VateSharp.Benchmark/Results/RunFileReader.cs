// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// Turns one finished run folder (metrics.json and scores.json of the edge-device program; see docs/edge-device.md
/// for their keys) into a <see cref="RunMetrics"/>. A value the files lack becomes null, so a report of older or
/// partial runs shows NA rather than failing. scores.json writes −1 where COCO could measure nothing; that too is
/// null here.
/// </summary>
public static class RunFileReader
{
    /// <summary>Reads the figures of a run folder.</summary>
    /// <exception cref="JsonException">A file is not JSON (a finished run's files always are).</exception>
    public static RunMetrics Read(string runDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runDirectory);

        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(runDirectory, "metrics.json")));
        using var scores = JsonDocument.Parse(File.ReadAllText(Path.Combine(runDirectory, "scores.json")));
        return FromMetrics(metrics.RootElement) with
        {
            Ap = Score(scores.RootElement, "overall.AP"),
            Ap50 = Score(scores.RootElement, "overall.AP50"),
            Ap75 = Score(scores.RootElement, "overall.AP75"),
            SequenceAp = Sequences(scores.RootElement),
        };
    }

    private static RunMetrics FromMetrics(JsonElement root)
    {
        var frames = JsonLookup.Number(root, "frames", "framesProcessed", "summary.frames");
        var tiers = SweepConfiguration.TierOrder.Select(name => Tier(root, name)).OfType<TierMetrics>().ToArray();
        var remoteBytes = tiers.Where(t => t.Tier != "device" && t.BytesSent is not null).Sum(t => t.BytesSent);
        var cloudFrames = tiers.FirstOrDefault(t => t.Tier == "cloud")?.Frames;
        var serverFrames = tiers.FirstOrDefault(t => t.Tier == "server")?.Frames;
        return new RunMetrics
        {
            Frames = frames,
            Fps = JsonLookup.Number(root, "fps", "framesPerSecond", "summary.fps"),
            Drops = JsonLookup.Number(root, "drops", "dropped", "framesDropped", "drops.total"),
            BytesPerFrame = JsonLookup.Number(root, "bytesPerFrame", "sentBytesPerFrame")
                ?? (frames > 0 && tiers.Any(t => t.BytesSent is not null) ? remoteBytes / frames : null),
            CloudRatio = JsonLookup.Number(root, "offloadRatio.cloud", "tiers.cloud.offloadRatio")
                ?? Ratio(cloudFrames, frames, tiers.Any(t => t.Tier == "cloud")),
            ServerRatio = JsonLookup.Number(root, "offloadRatio.server", "tiers.server.offloadRatio")
                ?? Ratio(serverFrames, frames, tiers.Any(t => t.Tier == "server")),
            Tiers = tiers,
        };
    }

    private static TierMetrics? Tier(JsonElement root, string name)
    {
        if (JsonLookup.Find(root, $"tiers.{name}", name == "server" ? "tiers.edgeServer" : $"tiers.{name}") is not
            { ValueKind: JsonValueKind.Object } tier)
        {
            return null;
        }

        return new TierMetrics(
            name,
            JsonLookup.Number(tier, "latencyMs.p50", "latency.p50", "p50Ms", "p50"),
            JsonLookup.Number(tier, "latencyMs.p95", "latency.p95", "p95Ms", "p95"),
            JsonLookup.Number(tier, "latencyMs.p99", "latency.p99", "p99Ms", "p99"),
            JsonLookup.Number(tier, "frames", "sent", "requests", "detections"),
            JsonLookup.Number(tier, "bytesSent", "bytes", "sentBytes"),
            JsonLookup.Number(tier, "drops", "dropped"));
    }

    private static double? Ratio(double? part, double? whole, bool tierRan) => tierRan
        ? part is { } p && whole is > 0 ? p / whole.Value : null
        : 0;

    private static double? Score(JsonElement root, string path) =>
        JsonLookup.Number(root, path) is { } value && value >= 0 ? value : null;

    private static Dictionary<string, double?> Sequences(JsonElement root)
    {
        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        if (JsonLookup.Find(root, "sequences") is { ValueKind: JsonValueKind.Object } sequences)
        {
            foreach (var sequence in sequences.EnumerateObject())
            {
                result[sequence.Name] = Score(sequence.Value, "AP");
            }
        }

        return result;
    }
}
