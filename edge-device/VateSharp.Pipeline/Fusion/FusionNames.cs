// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Fusion;

/// <summary>The names <see cref="FusionFactory"/> accepts.</summary>
public static class FusionNames
{
    /// <summary>Class- and score-aware matching, tier trust, per-tier time-to-live (<see cref="TieredFusion"/>; the default).</summary>
    public const string Tiered = "tiered";

    /// <summary>VATE's rule, reproduced exactly (<see cref="VateFusion"/>).</summary>
    public const string Vate = "vate";

    /// <summary>Gets every accepted name.</summary>
    public static IReadOnlyList<string> All { get; } = [Tiered, Vate];
}
