// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>The check every policy makes first: is the tier able to take a frame now?</summary>
internal static class TierGate
{
    public static bool IsOpen(in OffloadContext context, OffloadPolicyOptions options, out string reason)
    {
        var tier = context.Tier;
        if (!tier.HasCapacity)
        {
            reason = "tier busy";
            return false;
        }

        // An unhealthy tier still gets an occasional frame, or nobody would notice it recover.
        if (!tier.Healthy && tier.LastSent is { } sent && context.Frame.Timestamp - sent.Timestamp < options.ProbeInterval)
        {
            reason = "tier unhealthy";
            return false;
        }

        reason = tier.Healthy ? "tier free" : "probe";
        return true;
    }
}
