// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>The names of the built-in policies in <see cref="OffloadPolicyRegistry.Default"/>.</summary>
public static class OffloadPolicyNames
{
    /// <summary>Every N-th frame, when the tier is free (VATE's cloud rule).</summary>
    public const string EveryN = "every-n";

    /// <summary>Whenever the tier is free.</summary>
    public const string Async = "async";

    /// <summary>When the light detector is unsure, with a floor on how often frames go out.</summary>
    public const string Confidence = "confidence";

    /// <summary>Whenever the tier is free, with JPEG quality and size chosen from the measured uplink.</summary>
    public const string Bandwidth = "bandwidth";
}
