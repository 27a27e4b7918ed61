// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;
using VateSharp.Cloud.Ensemble.Slicing;
using VateSharp.Inference;

namespace VateSharp.Cloud.Ensemble;

/// <summary>Builds the detector a <see cref="CloudComposition"/> describes.</summary>
public static class CloudDetectorFactory
{
    /// <summary>Loads every model and wraps them: each sliced when tiling is on, all fused when there are several.</summary>
    /// <param name="composition">Models, slicing, fusion.</param>
    /// <param name="options">How each model is loaded (threads, provider, thresholds).</param>
    /// <param name="store">Where catalogue files come from; <see langword="null"/> uses <see cref="AssetStore.Default"/>.</param>
    /// <param name="ct">Cancels fetching.</param>
    public static async Task<IObjectDetector> CreateAsync(
        CloudComposition composition, DetectorOptions options, AssetStore? store = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(options);
        var problems = composition.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(composition));
        }

        var members = new List<EnsembleMember>();
        try
        {
            for (var i = 0; i < composition.Models.Count; i++)
            {
                IObjectDetector detector = await DetectorFactory.CreateAsync(composition.Models[i], options, store, ct);
                if (composition.Slices is { } slices)
                {
                    detector = new SlicedDetector(detector, slices);
                }

                members.Add(new EnsembleMember(detector, composition.Weights.Count > 0 ? composition.Weights[i] : 1f));
            }
        }
        catch
        {
            members.ForEach(m => m.Detector.Dispose());
            throw;
        }

        return members.Count == 1 ? members[0].Detector : new EnsembleDetector(members, composition.Fusion);
    }
}
