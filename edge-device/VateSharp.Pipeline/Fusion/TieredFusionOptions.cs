// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Tracking.Association;

namespace VateSharp.Pipeline.Fusion;

/// <summary>Settings of <see cref="TieredFusion"/>.</summary>
public sealed class TieredFusionOptions
{
    /// <summary>Gets the defaults.</summary>
    public static TieredFusionOptions Default { get; } = new();

    /// <summary>
    /// Gets the tiers from most to least trusted; the most trusted tier whose confirmation is still alive decides
    /// an object's class and score. Default cloud, edge server, device.
    /// </summary>
    public IReadOnlyList<Tier> TrustOrder { get; init; } = [Tier.Cloud, Tier.EdgeServer, Tier.Device];

    /// <summary>Gets how objects and new boxes are paired. Default <see cref="AssociationOptions.Default"/> (IoU 0.3, class-aware, Hungarian).</summary>
    public AssociationOptions Association { get; init; } = AssociationOptions.Default;

    /// <summary>
    /// Gets how long a device confirmation lasts. Default 15 frames (three detection rounds at the default
    /// detection rate of 5).
    /// </summary>
    public TimeToLive DeviceTimeToLive { get; init; } = TimeToLive.InFrames(15);

    /// <summary>Gets how long an edge-server confirmation lasts. Default 1 second.</summary>
    public TimeToLive EdgeServerTimeToLive { get; init; } = TimeToLive.InTime(TimeSpan.FromSeconds(1));

    /// <summary>Gets how long a cloud confirmation lasts. Default 2 seconds (the cloud is asked less often).</summary>
    public TimeToLive CloudTimeToLive { get; init; } = TimeToLive.InTime(TimeSpan.FromSeconds(2));

    /// <summary>
    /// Gets how many replies in a row from a tier may miss an object it had confirmed before that confirmation
    /// is withdrawn early. Default 2 (one empty or unlucky reply is not enough).
    /// </summary>
    public int MaxMisses { get; init; } = 2;

    /// <summary>Gets the factor on an object's score for each reply from a confirming tier that misses it. Default 0.9.</summary>
    public float MissScoreFactor { get; init; } = 0.9f;

    /// <summary>Gets the factor on the score, per frame, of an object no tier confirms any more. Default 0.8 (VATE's lost-track decay).</summary>
    public float FadeDecay { get; init; } = 0.8f;

    /// <summary>Gets the score below which a fading object is dropped. Default 0.01.</summary>
    public float DropScore { get; init; } = 0.01f;

    /// <summary>
    /// Gets the least score a new box needs to start an object; weaker boxes may still confirm existing ones.
    /// Default 0 (every box may start one; COCO mAP rewards recall at low scores).
    /// </summary>
    public float NewObjectMinScore { get; init; }

    /// <summary>Returns the time-to-live of a tier's confirmation.</summary>
    public TimeToLive TimeToLiveOf(Tier tier) => tier switch
    {
        Tier.Device => DeviceTimeToLive,
        Tier.EdgeServer => EdgeServerTimeToLive,
        _ => CloudTimeToLive,
    };

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(TrustOrder);
        if (TrustOrder.Count != 3 || TrustOrder.Distinct().Count() != 3)
        {
            throw new ArgumentException(
                $"{nameof(TrustOrder)} must name each of the three tiers once, but it is [{string.Join(", ", TrustOrder)}].",
                nameof(TrustOrder));
        }

        ArgumentNullException.ThrowIfNull(Association);
        Association.Validate();
        foreach (var tier in TrustOrder)
        {
            var ttl = TimeToLiveOf(tier);
            if (ttl.Frames is null && ttl.Time is null || ttl.Frames < 0 || ttl.Time < TimeSpan.Zero)
            {
                throw new ArgumentException(
                    $"The {tier} time-to-live needs a non-negative frame count or time, but it is {ttl}.", nameof(TimeToLive));
            }
        }

        Require(MaxMisses >= 1, nameof(MaxMisses), MaxMisses, "at least 1");
        Require(MissScoreFactor is > 0f and <= 1f, nameof(MissScoreFactor), MissScoreFactor, "in (0, 1]");
        Require(FadeDecay is > 0f and <= 1f, nameof(FadeDecay), FadeDecay, "in (0, 1]");
        Require(DropScore is >= 0f and < 1f, nameof(DropScore), DropScore, "in [0, 1)");
        Require(NewObjectMinScore is >= 0f and <= 1f, nameof(NewObjectMinScore), NewObjectMinScore, "in [0, 1]");
    }

    private static void Require(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}, but it is {value}.");
        }
    }
}
