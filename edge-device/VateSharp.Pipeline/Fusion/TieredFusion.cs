// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Tracking;
using VateSharp.Tracking.Association;

namespace VateSharp.Pipeline.Fusion;

/// <summary>
/// VateSharp's own fusion. Each object remembers which tiers confirmed it, when, and with what class and score.
/// <list type="bullet">
/// <item>A result is paired with all current objects by class-aware IoU (<see cref="IouAssociator"/>). A matched
/// object takes the new box (a detection brought forward beats a box the tracker carried) and renews that tier's
/// confirmation.</item>
/// <item>Class and score come from the most trusted tier whose confirmation is still alive
/// (<see cref="TieredFusionOptions.TrustOrder"/>), so a device detection never overrides the cloud's class.</item>
/// <item>An object a confirming tier's reply misses loses a little score; after
/// <see cref="TieredFusionOptions.MaxMisses"/> such replies that tier's confirmation is withdrawn. An empty reply
/// is just a reply that misses everything: it never wipes the set.</item>
/// <item>A confirmation lapses after its tier's time-to-live; an object with none left fades by
/// <see cref="TieredFusionOptions.FadeDecay"/> per frame and is dropped below
/// <see cref="TieredFusionOptions.DropScore"/>.</item>
/// </list>
/// </summary>
public sealed class TieredFusion : IFusion
{
    private readonly TieredFusionOptions _options;
    private readonly IdSource _ids = new();
    private readonly Dictionary<int, Confirmation?[]> _confirmations = [];
    private int? _lastAdvanced;

    /// <summary>Creates the fusion.</summary>
    public TieredFusion(TieredFusionOptions? options = null)
    {
        _options = options ?? TieredFusionOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc />
    public string Name => FusionNames.Tiered;

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Merge(IReadOnlyList<TrackedObject> current, TierResult result)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(result.Detections);
        Synchronise(current, result.At);
        var tier = (int)result.Tier;

        var association = IouAssociator.Associate(current, result.Detections, _options.Association);
        var fused = new List<TrackedObject>(current.Count + association.UnmatchedBoxes.Count);
        foreach (var match in association.Matches)
        {
            var detection = result.Detections[match.Column];
            var confirmations = _confirmations[current[match.Row].Id];
            confirmations[tier] = new Confirmation(result.At, detection.ClassId, detection.Label, detection.Score, 0);
            var confirmed = current[match.Row] with
            {
                Box = detection.Box,
                Source = result.Tier,
                FramesSinceConfirmed = 0,
                IsLost = false,
            };
            fused.Add(WithTrustedClass(confirmed, confirmations, restoreScore: true));
        }

        foreach (var row in association.UnmatchedObjects)
        {
            var tracked = current[row];
            var confirmations = _confirmations[tracked.Id];
            if (confirmations[tier] is { } mine)
            {
                // Only a tier that had seen the object counts as contradicting it: the device missing a small
                // object the cloud found is expected and says nothing.
                confirmations[tier] = mine.Misses + 1 >= _options.MaxMisses ? null : mine with { Misses = mine.Misses + 1 };
                tracked = tracked with { Score = tracked.Score * _options.MissScoreFactor };
            }

            fused.Add(WithTrustedClass(tracked, confirmations, restoreScore: false));
        }

        foreach (var column in association.UnmatchedBoxes)
        {
            var detection = result.Detections[column];
            if (detection.Score < _options.NewObjectMinScore)
            {
                continue;
            }

            var created = TrackedObject.FromDetection(_ids.Next(), detection, result.Tier);
            var confirmations = new Confirmation?[3];
            confirmations[tier] = new Confirmation(result.At, detection.ClassId, detection.Label, detection.Score, 0);
            _confirmations[created.Id] = confirmations;
            fused.Add(created);
        }

        return fused;
    }

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Advance(IReadOnlyList<TrackedObject> current, FrameStamp now)
    {
        ArgumentNullException.ThrowIfNull(current);
        Synchronise(current, now);
        var steps = _lastAdvanced is { } last ? Math.Max(1, now.Index - last) : 1;
        _lastAdvanced = now.Index;

        var kept = new List<TrackedObject>(current.Count);
        foreach (var tracked in current)
        {
            var confirmations = _confirmations[tracked.Id];
            var alive = false;
            for (var t = 0; t < confirmations.Length; t++)
            {
                if (confirmations[t] is { } c && _options.TimeToLiveOf((Tier)t).HasLapsed(c.At, now))
                {
                    confirmations[t] = null;
                }

                alive |= confirmations[t] is not null;
            }

            if (alive)
            {
                kept.Add(WithTrustedClass(tracked, confirmations, restoreScore: false));
                continue;
            }

            var faded = tracked with { Score = tracked.Score * MathF.Pow(_options.FadeDecay, steps) };
            if (faded.Score >= _options.DropScore)
            {
                kept.Add(faded);
            }
            else
            {
                _confirmations.Remove(tracked.Id);
            }
        }

        return kept;
    }

    /// <inheritdoc />
    public void Reset()
    {
        _ids.Reset();
        _confirmations.Clear();
        _lastAdvanced = null;
    }

    // Forgets objects the tracker dropped and adopts objects it has never seen (set from outside), counting
    // their own source tier as a confirmation made now.
    private void Synchronise(IReadOnlyList<TrackedObject> current, FrameStamp now)
    {
        if (_confirmations.Count > current.Count * 2)
        {
            var present = current.Select(o => o.Id).ToHashSet();
            foreach (var id in _confirmations.Keys.Where(id => !present.Contains(id)).ToArray())
            {
                _confirmations.Remove(id);
            }
        }

        foreach (var tracked in current)
        {
            if (!_confirmations.ContainsKey(tracked.Id))
            {
                var confirmations = new Confirmation?[3];
                confirmations[(int)tracked.Source] = new Confirmation(now, tracked.ClassId, tracked.Label, tracked.Score, 0);
                _confirmations[tracked.Id] = confirmations;
            }
        }
    }

    private TrackedObject WithTrustedClass(TrackedObject tracked, Confirmation?[] confirmations, bool restoreScore)
    {
        foreach (var tier in _options.TrustOrder)
        {
            if (confirmations[(int)tier] is not { } trusted)
            {
                continue;
            }

            // A fresh confirmation restores the trusted tier's score; otherwise a change of class source may
            // lower the score but never raise it.
            float score;
            if (restoreScore)
            {
                score = trusted.Score;
            }
            else if (tier == tracked.ClassSource)
            {
                score = tracked.Score;
            }
            else
            {
                score = MathF.Min(tracked.Score, trusted.Score);
            }

            return tracked with { ClassId = trusted.ClassId, Label = trusted.Label, Score = score, ClassSource = tier };
        }

        return tracked;
    }

    private readonly record struct Confirmation(FrameStamp At, int ClassId, string Label, float Score, int Misses);
}
