// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;
using VateSharp.Reporting;

namespace VateSharp.Benchmark.Results;

/// <summary>Everything a report is built from: the configurations with their runs, the loops, the environment.</summary>
public sealed record SweepResults
{
    /// <summary>The configurations in plan order.</summary>
    public required IReadOnlyList<ConfigurationResult> Configurations { get; init; }

    /// <summary>The frame-loop measurements.</summary>
    public LoopResults Loops { get; init; } = LoopResults.None;

    /// <summary>Where the runs were measured.</summary>
    public ReportEnvironment Environment { get; init; } = ReportEnvironment.Unknown;

    /// <summary>Measured runs planned per configuration; 0 when unknown.</summary>
    public int PlannedRepeats { get; init; }

    /// <summary>The configuration with this id, or null.</summary>
    public ConfigurationResult? Find(string id) => Configurations.FirstOrDefault(c => c.Id == id);

    /// <summary>The configuration built from these settings, or null when the sweep did not plan it.</summary>
    public ConfigurationResult? Find(SweepConfiguration configuration) => Find(ConfigurationId.For(configuration));

    /// <summary>The configurations playing a role.</summary>
    public IEnumerable<ConfigurationResult> WithRole(ConfigurationRole role) => Configurations.Where(c => c.Planned.Plays(role));
}
