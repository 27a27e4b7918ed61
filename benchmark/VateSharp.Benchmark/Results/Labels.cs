// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Results;

/// <summary>How configuration settings read in report cells.</summary>
internal static class Labels
{
    /// <summary>A policy or model setting; "default" when the program's default was used.</summary>
    public static string Setting(string? value) => value ?? "default";

    /// <summary>The roles of a configuration joined by " + ", e.g. "sweep + device only".</summary>
    public static string Roles(PlannedConfiguration planned) => string.Join(" + ", planned.Roles.Select(r => r.ToLabel()));

    /// <summary>on or off.</summary>
    public static string Realtime(bool on) => on ? "on" : "off";

    /// <summary>A tier set with '+' between tiers, e.g. "device+server+cloud".</summary>
    public static string Tiers(string tiers) => tiers.Replace(',', '+');
}
