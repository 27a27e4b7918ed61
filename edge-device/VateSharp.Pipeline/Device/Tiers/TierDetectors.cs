// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using VateSharp.Assets;
using VateSharp.Cloud.Ensemble;
using VateSharp.Cloud.Ensemble.Slicing;
using VateSharp.Inference;

namespace VateSharp.Pipeline.Device.Tiers;

/// <summary>
/// Builds a tier's detector from its <see cref="TierOptions"/>: each model loaded with the tier's thresholds and
/// threads, wrapped for sliced inference when a tile grid is set, and two or more models fused into an ensemble
/// (the cloud's own <see cref="CloudDetectorFactory"/>, so a tier in process runs what the cloud program runs).
/// </summary>
internal static class TierDetectors
{
    public static async Task<IObjectDetector> CreateAsync(
        TierOptions tier, ILoggerFactory loggers, AssetStore? store, CancellationToken ct)
    {
        var options = new DetectorOptions
        {
            Postprocess = Postprocess(tier),
            IntraOpThreads = tier.Threads,
            Family = tier.Family,
            LoggerFactory = loggers,
        };
        var composition = new CloudComposition { Models = tier.Models, Slices = SliceOptionsOf(tier) };
        return await CloudDetectorFactory.CreateAsync(composition, options, store, ct);
    }

    /// <summary>Returns the thresholds of a tier.</summary>
    public static PostprocessOptions Postprocess(TierOptions tier) => new()
    {
        ScoreThreshold = tier.ScoreThreshold,
        NmsThreshold = tier.NmsThreshold,
        MaxDetections = tier.MaxDetections,
    };

    /// <summary>Returns the tile settings, or <see langword="null"/> for whole-frame inference.</summary>
    public static SliceOptions? SliceOptionsOf(TierOptions tier)
    {
        if (tier.Slices.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return SliceOptions.TryParseGrid(tier.Slices, out var columns, out var rows)
            ? new SliceOptions { Columns = columns, Rows = rows, Overlap = tier.SliceOverlap, IncludeFullFrame = tier.SliceFullFrame }
            : throw new ArgumentException($"The tile grid '{tier.Slices}' is not COLUMNSxROWS (1x1 to 8x8) or none.", nameof(tier));
    }
}
