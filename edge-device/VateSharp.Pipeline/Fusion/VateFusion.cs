// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Matching;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Fusion;

/// <summary>
/// VATE's fusion rule. Device and edge-server results both play VATE's "edge" part, the cloud its "cloud" part;
/// <see cref="TrackedObject.Source"/> records which part last set each object.
/// <list type="bullet">
/// <item>Pairs come from the IoU matrix with entries below 0.5 zeroed, matched by the Hungarian method; class is
/// ignored.</item>
/// <item>Edge result: an empty one wipes everything. Otherwise it is matched against the cloud-set objects only;
/// a matched object takes the edge box and score and keeps its class; unmatched edge boxes are added; every
/// object the edge result did not match (earlier edge boxes and unmatched cloud boxes) is dropped.</item>
/// <item>Cloud result: an empty one changes nothing. Otherwise it is matched against the edge-set objects only;
/// a matched object keeps its edge box and takes the cloud class and score; unmatched cloud boxes are added;
/// unmatched edge objects stay; earlier cloud-set objects are replaced.</item>
/// </list>
/// It keeps no state but the id counter, so <see cref="Advance"/> changes nothing.
/// </summary>
public sealed class VateFusion : IFusion
{
    private const double MinIoU = 0.5;

    private readonly IdSource _ids = new();

    /// <inheritdoc />
    public string Name => FusionNames.Vate;

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Merge(IReadOnlyList<TrackedObject> current, TierResult result)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(result.Detections);
        var fromCloud = result.Tier == Tier.Cloud;
        var incoming = result.Detections;

        // VATE's edge side clears the screen on an empty reply; its cloud side ignores one.
        if (incoming.Count == 0)
        {
            return fromCloud ? current : [];
        }

        // Each side fuses only with the other side's objects; its own earlier objects are superseded.
        var other = current.Where(o => (o.Source == Tier.Cloud) != fromCloud).ToList();
        var fused = new List<TrackedObject>(other.Count + incoming.Count);
        var matches = Matcher.Match(
            Matcher.IoUMatrix(other.Select(o => o.Box).ToArray(), incoming.Select(d => d.Box).ToArray()),
            MinIoU,
            MatchingMethod.Hungarian);

        var otherMatched = new bool[other.Count];
        var incomingMatched = new bool[incoming.Count];
        foreach (var match in matches)
        {
            otherMatched[match.Row] = true;
            incomingMatched[match.Column] = true;
            var old = other[match.Row];
            var detection = incoming[match.Column];
            fused.Add(fromCloud
                ? old with
                {
                    ClassId = detection.ClassId,
                    Label = detection.Label,
                    Score = detection.Score,
                    Source = Tier.Cloud,
                    ClassSource = Tier.Cloud,
                    FramesSinceConfirmed = 0,
                    IsLost = false,
                }
                : old with
                {
                    Box = detection.Box,
                    Score = detection.Score,
                    Source = result.Tier,
                    FramesSinceConfirmed = 0,
                    IsLost = false,
                });
        }

        for (var j = 0; j < incoming.Count; j++)
        {
            if (!incomingMatched[j])
            {
                fused.Add(TrackedObject.FromDetection(_ids.Next(), incoming[j], result.Tier));
            }
        }

        if (fromCloud)
        {
            for (var i = 0; i < other.Count; i++)
            {
                if (!otherMatched[i])
                {
                    fused.Add(other[i]);
                }
            }
        }

        return fused;
    }

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Advance(IReadOnlyList<TrackedObject> current, FrameStamp now)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current;
    }

    /// <inheritdoc />
    public void Reset() => _ids.Reset();
}
