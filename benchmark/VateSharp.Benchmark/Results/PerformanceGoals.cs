// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Results;

/// <summary>
/// The four performance goals of docs/performance.md, computed from one sweep:
/// <list type="number">
/// <item>device alone (no remote tier) ÷ decode-only FPS ≥ 0.8: the device-only reference of the chosen pipeline
/// point against the edge-device program only decoding the same frames (or, without that run, the frame loop that
/// only reads them);</item>
/// <item>pipeline mAP ÷ ceiling ≥ 0.9 at ≤ 20 % cloud frames: the chosen point against the best of its tier
/// ceilings (each tier alone on every frame; usually the cloud, but a small cloud ensemble can lose to the edge
/// server's model);</item>
/// <item>pipeline ÷ device-only mAP ≥ 1.5: the chosen point against the device alone at the same rate and mode;</item>
/// <item>ours ÷ Python OpenCV loop FPS ≥ 2, per light model, on the same frames.</item>
/// </list>
/// The chosen pipeline point is the grid point with a cloud tier and the best median mAP among those sending at
/// most 20 % of frames to the cloud; when none does, the best grid point overall (goal 2 then names its share).
/// </summary>
public static class PerformanceGoals
{
    /// <summary>The largest share of frames sent to the cloud for goal 2.</summary>
    public const double CloudShareLimit = 0.2;

    /// <summary>The grid point the mAP goals are measured on, or null when no grid point has finished runs.</summary>
    public static ConfigurationResult? ChoosePipeline(SweepResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        var points = results.WithRole(ConfigurationRole.Sweep).Where(p => p.Median(m => m.Ap) is not null).ToArray();
        var withinShare = points
            .Where(p => p.Planned.Configuration.HasCloud && p.Median(m => m.CloudRatio) is <= CloudShareLimit)
            .ToArray();
        return (withinShare.Length > 0 ? withinShare : points).MaxBy(p => p.Median(m => m.Ap));
    }

    /// <summary>Computes every goal; a goal that lacks a side has a null <see cref="GoalResult.Measured"/>.</summary>
    public static IReadOnlyList<GoalResult> Compute(SweepResults results)
    {
        ArgumentNullException.ThrowIfNull(results);

        var goals = new List<GoalResult>();
        var pipeline = ChoosePipeline(results);
        var refs = pipeline is null ? null : References.Of(results, pipeline.Planned.Configuration);

        // Decode-only FPS comes from the edge-device program itself (same source, same prefetching) when that run
        // exists, else from the frame loop that only reads the frames.
        var deviceFps = refs?.DeviceOnly?.Median(m => m.Fps);
        var programDecode = refs?.DecodeOnly?.Median(m => m.Fps);
        var decodeFps = programDecode ?? LoopsTable.MedianFps(results.Loops.DecodeOnly);
        var decodeId = programDecode is null ? "frame loop" : refs!.DecodeOnly!.Id;
        goals.Add(new GoalResult("device alone ÷ decode-only FPS", ReferencesTable.Divide(deviceFps, decodeFps), 0.8,
            Sides("device only", refs?.DeviceOnly?.Id, deviceFps, "fps", "decode only", decodeId, decodeFps, "fps")));

        var map = pipeline?.Median(m => m.Ap);
        var ceilingRun = refs?.BestCeiling;
        var ceiling = ceilingRun?.Median(m => m.Ap);
        var share = pipeline?.Median(m => m.CloudRatio);
        var shareText = share is { } s ? string.Create(CultureInfo.InvariantCulture, $" at {s * 100:0.#} % cloud frames") : string.Empty;
        var shareOk = share is <= CloudShareLimit;
        goals.Add(new GoalResult("pipeline mAP ÷ ceiling (≤ 20 % cloud frames)",
            shareOk ? ReferencesTable.Divide(map, ceiling) : null, 0.9,
            Sides("pipeline" + shareText, pipeline?.Id, map, "mAP", "ceiling", ceilingRun?.Id, ceiling, "mAP")
            + (shareOk || pipeline is null ? string.Empty : "; no grid point sends ≤ 20 % of frames to the cloud")));

        var deviceMap = refs?.DeviceOnly?.Median(m => m.Ap);
        goals.Add(new GoalResult("pipeline mAP ÷ device-only mAP", ReferencesTable.Divide(map, deviceMap), 1.5,
            Sides("pipeline", pipeline?.Id, map, "mAP", "device only", refs?.DeviceOnly?.Id, deviceMap, "mAP")));

        var models = results.Loops.Models.Count > 0 ? results.Loops.Models : ["fastestdet"];
        foreach (var model in models)
        {
            var ours = LoopsTable.MedianFps(results.Loops.Ours.GetValueOrDefault(model) ?? []);
            var peer = LoopsTable.MedianFps(results.Loops.Peer.GetValueOrDefault(model) ?? []);
            var reason = results.Loops.Peer.GetValueOrDefault(model)?.LastOrDefault(m => !m.Available)?.Reason;
            goals.Add(new GoalResult($"ours ÷ Python OpenCV loop FPS ({model})", ReferencesTable.Divide(ours, peer), 2,
                Sides("ours", "frame loop", ours, "fps", "peer", "Python loop", peer, "fps")
                + (peer is null && reason is not null ? "; the peer did not run: " + reason : string.Empty)));
        }

        return goals;
    }

    private static string Sides(string a, string? aId, double? aValue, string aUnit, string b, string? bId, double? bValue, string bUnit) =>
        $"{Side(a, aId, aValue, aUnit)} vs {Side(b, bId, bValue, bUnit)}";

    private static string Side(string name, string? id, double? value, string unit)
    {
        var number = value switch
        {
            null => "NA",
            _ when unit == "mAP" => value.Value.ToString("0.000", CultureInfo.InvariantCulture),
            _ => value.Value.ToString("0.0", CultureInfo.InvariantCulture) + " " + unit,
        };
        return id is null ? $"{name} {number} (not run)" : $"{name} {number} ({id})";
    }
}
