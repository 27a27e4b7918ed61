// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// The axes of a sweep. <see cref="Points"/> is their cartesian product; <see cref="Expand"/> adds the baselines
/// and merges configurations that turn out identical. A null entry in a list means the program's default.
/// </summary>
public sealed record SweepGrid
{
    /// <summary>The grid a sweep runs when nothing is given: rate 5, sync and async, every tier, our fusion.</summary>
    public static SweepGrid Default { get; } = new();

    /// <summary>Detection rates; [5] by default (VATE's default).</summary>
    public IReadOnlyList<int> DetectionRates { get; init; } = [5];

    /// <summary>Modes; [sync, async] by default.</summary>
    public IReadOnlyList<string> Modes { get; init; } = ["sync", "async"];

    /// <summary>Tier sets, each comma-separated; [device,server,cloud] by default.</summary>
    public IReadOnlyList<string> Tiers { get; init; } = ["device,server,cloud"];

    /// <summary>Fusion methods; [ours] by default (VATE fusion runs as a baseline anyway).</summary>
    public IReadOnlyList<string> Fusions { get; init; } = ["ours"];

    /// <summary>Edge-server policies; [null] (the program's default) by default.</summary>
    public IReadOnlyList<string?> ServerPolicies { get; init; } = [null];

    /// <summary>Cloud (offload) policies; [null] (the program's default) by default.</summary>
    public IReadOnlyList<string?> CloudPolicies { get; init; } = [null];

    /// <summary>Edge-server models; [null] (the program's default) by default.</summary>
    public IReadOnlyList<string?> ServerModels { get; init; } = [null];

    /// <summary>Cloud model lists, each comma-separated; [null] (the program's default) by default.</summary>
    public IReadOnlyList<string?> CloudModels { get; init; } = [null];

    /// <summary>JPEG qualities; [90] by default (VATE's quality).</summary>
    public IReadOnlyList<int> JpegQualities { get; init; } = [90];

    /// <summary>Realtime settings; [off] by default, so slowness shows as lower FPS rather than dropped frames.</summary>
    public IReadOnlyList<bool> Realtime { get; init; } = [false];

    /// <summary>Frames per run; null (every frame) by default.</summary>
    public int? MaxFrames { get; init; }

    /// <summary>Whether the baselines are added; true by default.</summary>
    public bool IncludeBaselines { get; init; } = true;

    /// <summary>Every grid point, normalised, in a fixed order (rates outermost, realtime innermost), without
    /// duplicates.</summary>
    public IReadOnlyList<SweepConfiguration> Points()
    {
        var points =
            from rate in DetectionRates
            from mode in Modes
            from tiers in Tiers
            from fusion in Fusions
            from serverPolicy in ServerPolicies
            from cloudPolicy in CloudPolicies
            from serverModel in ServerModels
            from cloudModels in CloudModels
            from quality in JpegQualities
            from realtime in Realtime
            select new SweepConfiguration
            {
                Mode = mode,
                DetectionRate = rate,
                Tiers = tiers,
                Fusion = fusion,
                ServerPolicy = serverPolicy,
                CloudPolicy = cloudPolicy,
                ServerModel = serverModel,
                CloudModels = cloudModels,
                JpegQuality = quality,
                Realtime = realtime,
                MaxFrames = MaxFrames,
            }.Normalized();
        return [.. points.Distinct()];
    }

    /// <summary>
    /// The configurations to run: every grid point, then (unless <see cref="IncludeBaselines"/> is off) the
    /// baselines of each point from <see cref="Baselines"/>. Identical configurations are merged into one entry
    /// holding all their roles, so each runs once.
    /// </summary>
    public IReadOnlyList<PlannedConfiguration> Expand()
    {
        var order = new List<string>();
        var byId = new Dictionary<string, (SweepConfiguration Configuration, List<ConfigurationRole> Roles)>(StringComparer.Ordinal);

        void Add(SweepConfiguration configuration, ConfigurationRole role)
        {
            var id = ConfigurationId.For(configuration);
            if (!byId.TryGetValue(id, out var entry))
            {
                entry = (configuration.Normalized(), []);
                byId[id] = entry;
                order.Add(id);
            }

            if (!entry.Roles.Contains(role))
            {
                entry.Roles.Add(role);
            }
        }

        var points = Points();
        foreach (var point in points)
        {
            Add(point, ConfigurationRole.Sweep);
        }

        if (IncludeBaselines)
        {
            foreach (var point in points)
            {
                Add(Baselines.DeviceOnly(point), ConfigurationRole.DeviceOnly);
            }

            foreach (var point in points)
            {
                foreach (var tier in SweepConfiguration.TierOrder)
                {
                    Add(Baselines.Ceiling(point, tier), Baselines.CeilingRole(tier));
                }

                Add(Baselines.Vate(point, "sync"), ConfigurationRole.VateSync);
                Add(Baselines.Vate(point, "async"), ConfigurationRole.VateAsync);
            }

            foreach (var point in points)
            {
                Add(Baselines.DecodeOnly(point), ConfigurationRole.DecodeOnly);
            }
        }

        return [.. order.Select(id => new PlannedConfiguration(id, byId[id].Configuration, byId[id].Roles))];
    }
}
