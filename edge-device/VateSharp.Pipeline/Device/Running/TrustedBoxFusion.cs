// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Fusion;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// Extends a fusion's class rule to boxes: a reply of the device's light detector renews its confirmation of an
/// object but does not move a box that a remote tier set and still vouches for (its confirmation is alive, so the
/// object's class comes from it). Between remote replies the tracker carries the remote box; the device's coarser box
/// replaces it only once the remote confirmation has lapsed. The edge server's boxes still move the cloud's, being
/// about as well placed. Measured on the generated sequences (docs/results.md),
/// letting FastestDet boxes overwrite ensemble boxes cost a third of the mAP.
/// </summary>
internal sealed class TrustedBoxFusion(IFusion inner, IReadOnlyList<Tier> trustOrder, float deviceScoreWeight = 1f) : IFusion
{
    public string Name => inner.Name;

    public IReadOnlyList<TrackedObject> Merge(IReadOnlyList<TrackedObject> current, TierResult result)
    {
        if (result.Tier == Tier.Device && deviceScoreWeight != 1f)
        {
            result = result with { Detections = [.. result.Detections.Select(d => d with { Score = d.Score * deviceScoreWeight })] };
        }

        var merged = inner.Merge(current, result);
        var before = new Dictionary<int, TrackedObject>(current.Count);
        foreach (var tracked in current)
        {
            before[tracked.Id] = tracked;
        }

        var kept = new TrackedObject[merged.Count];
        for (var i = 0; i < merged.Count; i++)
        {
            var tracked = merged[i];
            kept[i] = before.TryGetValue(tracked.Id, out var previous)
                && result.Tier == Tier.Device
                && tracked.Source == result.Tier
                && previous.Source == tracked.ClassSource
                && Rank(tracked.ClassSource) < Rank(result.Tier)
                    ? tracked with { Box = previous.Box, Source = previous.Source }
                    : tracked;
        }

        return kept;
    }

    public IReadOnlyList<TrackedObject> Advance(IReadOnlyList<TrackedObject> current, FrameStamp now) => inner.Advance(current, now);

    public void Reset() => inner.Reset();

    private int Rank(Tier tier)
    {
        for (var i = 0; i < trustOrder.Count; i++)
        {
            if (trustOrder[i] == tier)
            {
                return i;
            }
        }

        return trustOrder.Count;
    }
}
