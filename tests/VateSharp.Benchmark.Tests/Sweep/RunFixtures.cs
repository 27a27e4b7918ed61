// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Benchmark.Tests.Sweep;

/// <summary>
/// Small hand-made run outputs in the edge-device program's format (run.json, metrics.json, scores.json), with only
/// the keys the report reads.
/// </summary>
internal static class RunFixtures
{
    public static void Write(string folder, string metrics, string? scores)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "run.json"), "{\"schemaVersion\": 1}\n");
        File.WriteAllText(Path.Combine(folder, "metrics.json"), metrics);
        if (scores is not null)
        {
            File.WriteAllText(Path.Combine(folder, "scores.json"), scores);
        }
    }

    /// <summary>metrics.json (schema 1) of a run of <paramref name="frames"/> frames at <paramref name="fps"/>.</summary>
    public static string Metrics(
        double fps, int frames, int cloudFrames = 0, int serverFrames = 0, long cloudBytes = 0, long serverBytes = 0,
        double deviceP95 = 8, double serverP95 = 40, double cloudP95 = 120, int drops = 0) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "schemaVersion": 1,
          "framesShown": {{frames}},
          "framesPerSecond": {{fps}},
          "wallSeconds": {{frames / fps}},
          "tiers": [
            { "name": "device", "role": "primary", "requests": {{frames}}, "bytesSent": 0, "offloadRatio": 1,
              "latency": { "count": {{frames}}, "p50Ms": {{deviceP95 / 2}}, "p95Ms": {{deviceP95}}, "p99Ms": {{deviceP95 * 1.2}} }, "failures": {} },
            { "name": "server", "role": "offloaded", "policy": "async", "requests": {{serverFrames}}, "bytesSent": {{serverBytes}},
              "offloadRatio": {{(double)serverFrames / frames}},
              "latency": { "count": {{serverFrames}}, "p50Ms": {{serverP95 / 2}}, "p95Ms": {{serverP95}}, "p99Ms": {{serverP95 * 1.2}} }, "failures": { "timeout": 1 } },
            { "name": "cloud", "role": "offloaded", "policy": "every-n", "requests": {{cloudFrames}}, "bytesSent": {{cloudBytes}},
              "offloadRatio": {{(double)cloudFrames / frames}},
              "latency": { "count": {{cloudFrames}}, "p50Ms": {{cloudP95 / 2}}, "p95Ms": {{cloudP95}}, "p99Ms": {{cloudP95 * 1.2}} }, "failures": {} }
          ],
          "drops": { "timeout": {{drops}}, "queue-full": 0 }
        }
        """);

    /// <summary>scores.json with overall AP <paramref name="ap"/> and two sequences.</summary>
    public static string Scores(double ap) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "schemaVersion": 1,
          "overall": { "AP": {{ap}}, "AP50": {{Math.Min(1, ap * 1.8)}}, "AP75": {{ap * 0.8}}, "APs": -1 },
          "sequences": {
            "synth_0001": { "images": 50, "AP": {{ap * 1.1}} },
            "synth_0002": { "images": 50, "AP": {{ap * 0.9}} }
          }
        }
        """);
}
