// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Benchmark.Sweep;

/// <summary>What a grid's values must be, checked before anything runs; each problem is one sentence.</summary>
public static class GridRules
{
    private static readonly string[] ModeNames = ["sync", "async"];
    private static readonly string[] FusionNames = ["ours", "vate"];

    /// <summary>The problems of a grid, none when it can run.</summary>
    public static IReadOnlyList<string> Check(SweepGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);

        var problems = new List<string>();
        void Need(bool ok, string sentence)
        {
            if (!ok)
            {
                problems.Add(sentence);
            }
        }

        Need(grid.DetectionRates.Count > 0 && grid.DetectionRates.All(r => r >= 1),
            $"Detection rates must be whole numbers of at least 1, but are [{Join(grid.DetectionRates)}].");
        Need(grid.Modes.Count > 0 && grid.Modes.All(m => ModeNames.Contains(m.Trim().ToLowerInvariant())),
            $"Modes must be sync or async, but are [{string.Join(", ", grid.Modes)}].");
        Need(grid.Fusions.Count > 0 && grid.Fusions.All(f => FusionNames.Contains(f.Trim().ToLowerInvariant())),
            $"Fusions must be ours or vate, but are [{string.Join(", ", grid.Fusions)}].");
        Need(grid.Tiers.Count > 0 && grid.Tiers.All(ValidTiers),
            $"Each tier set must name one or more of device, server, cloud (e.g. device,server,cloud), but they are [{string.Join("; ", grid.Tiers)}].");
        Need(grid.JpegQualities.Count > 0 && grid.JpegQualities.All(q => q is >= 1 and <= 100),
            $"JPEG qualities must lie between 1 and 100, but are [{Join(grid.JpegQualities)}].");
        Need(grid.Realtime.Count > 0, "Realtime needs at least one of off, on.");
        Need(grid.ServerPolicies.Count > 0 && grid.CloudPolicies.Count > 0 && grid.ServerModels.Count > 0 && grid.CloudModels.Count > 0,
            "Policy and model lists need at least one entry each; use \"default\" for the program's default.");
        Need(grid.MaxFrames is null or >= 1, $"The frame limit must be at least 1, but is {grid.MaxFrames}.");
        return problems;
    }

    private static bool ValidTiers(string tiers)
    {
        var names = tiers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Length > 0 && names.All(n => SweepConfiguration.TierOrder.Contains(n.ToLowerInvariant()));
    }

    private static string Join(IEnumerable<int> values) =>
        string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
}
