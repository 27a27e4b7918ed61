// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// Turns one finished run folder (metrics.json and scores.json of the edge-device program; docs/edge-device.md
/// describes their keys) into a <see cref="RunMetrics"/>. A value the files lack becomes null, so a report of older or
/// partial runs shows NA rather than failing. scores.json writes −1 where COCO could measure nothing; that too is
/// null here.
/// </summary>
public static class RunFileReader
{
    /// <summary>Reads the figures of a run folder; a folder without scores.json (a decode-only run) has no scores.</summary>
    /// <exception cref="JsonException">A file is not JSON (a finished run's files always are).</exception>
    public static RunMetrics Read(string runDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runDirectory);

        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(runDirectory, "metrics.json")));
        var result = FromMetrics(metrics.RootElement);
        var scoresPath = Path.Combine(runDirectory, "scores.json");
        if (!File.Exists(scoresPath))
        {
            return result;
        }

        using var scores = JsonDocument.Parse(File.ReadAllText(scoresPath));
        return result with
        {
            Ap = Score(scores.RootElement, "overall.AP"),
            Ap50 = Score(scores.RootElement, "overall.AP50"),
            Ap75 = Score(scores.RootElement, "overall.AP75"),
            SequenceAp = Sequences(scores.RootElement),
        };
    }

    private static RunMetrics FromMetrics(JsonElement root)
    {
        // metrics.json (schema 1): framesShown, framesPerSecond, wallSeconds, processCpuSeconds, stages {name:
        // {meanMs, ...}}, drops {reason: count}, tiers [{name, requests, bytesSent, offloadRatio, latency {p50Ms,
        // p95Ms, p99Ms, ...}, failures {reason: count}}, ...].
        var frames = JsonLookup.Number(root, "framesShown");
        var tiers = new List<TierMetrics>();
        if (JsonLookup.Find(root, "tiers") is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (var tier in list.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Object))
            {
                if (JsonLookup.Find(tier, "name") is { ValueKind: JsonValueKind.String } name)
                {
                    tiers.Add(Tier(name.GetString()!, tier));
                }
            }
        }

        var bytes = tiers.Sum(t => t.BytesSent ?? 0);
        return new RunMetrics
        {
            Frames = frames,
            Fps = JsonLookup.Number(root, "framesPerSecond"),
            Drops = Total(JsonLookup.Find(root, "drops")),
            BytesPerFrame = frames is > 0 && tiers.Count > 0 ? bytes / frames.Value : null,
            // A tier the run did not use got no frames: a share of 0, not an unknown one.
            CloudRatio = Ratio(tiers, "cloud"),
            ServerRatio = Ratio(tiers, "server"),
            Tiers = tiers,
            WallSeconds = JsonLookup.Number(root, "wallSeconds"),
            CpuSeconds = JsonLookup.Number(root, "processCpuSeconds"),
            Stages = Stages(JsonLookup.Find(root, "stages")),
        };
    }

    private static List<KeyValuePair<string, double?>> Stages(JsonElement? stages) => stages is { ValueKind: JsonValueKind.Object } o
        ? [.. o.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, JsonLookup.Number(p.Value, "meanMs")))]
        : [];

    private static TierMetrics Tier(string name, JsonElement tier) => new(
        name,
        JsonLookup.Number(tier, "latency.p50Ms"),
        JsonLookup.Number(tier, "latency.p95Ms"),
        JsonLookup.Number(tier, "latency.p99Ms"),
        JsonLookup.Number(tier, "requests"),
        JsonLookup.Number(tier, "bytesSent"),
        Total(JsonLookup.Find(tier, "failures")),
        JsonLookup.Number(tier, "offloadRatio"));

    private static double? Ratio(List<TierMetrics> tiers, string name) =>
        tiers.Count == 0 ? null : tiers.FirstOrDefault(t => t.Tier == name) is { } tier ? tier.OffloadRatio : 0;

    private static double? Total(JsonElement? counts) => counts is { ValueKind: JsonValueKind.Object } o
        ? o.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Sum(p => p.Value.GetDouble())
        : null;

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
