// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>A configuration the sweep will run, its id, and every role it plays (a grid point can also be a
/// baseline; it then runs once).</summary>
/// <param name="Id">The folder name under runs/; see <see cref="ConfigurationId"/>.</param>
/// <param name="Configuration">The normalised settings.</param>
/// <param name="Roles">Roles in the order they were first planned.</param>
public sealed record PlannedConfiguration(string Id, SweepConfiguration Configuration, IReadOnlyList<ConfigurationRole> Roles)
{
    /// <summary>Whether the configuration plays the given role.</summary>
    public bool Plays(ConfigurationRole role) => Roles.Contains(role);
}
