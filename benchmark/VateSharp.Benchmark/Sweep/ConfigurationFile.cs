// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>The JSON form of a <see cref="PlannedConfiguration"/>: runs/&lt;id&gt;/configuration.json and the entries of
/// sweep.json. Roles are written by name (<see cref="ConfigurationRoles.ToName"/>).</summary>
public sealed record ConfigurationFile
{
    /// <summary>The configuration id.</summary>
    public required string Id { get; init; }

    /// <summary>Role names, e.g. ["sweep", "device-only"].</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>The settings.</summary>
    public required SweepConfiguration Configuration { get; init; }

    /// <summary>The file form of a planned configuration.</summary>
    public static ConfigurationFile From(PlannedConfiguration planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        return new ConfigurationFile
        {
            Id = planned.Id,
            Roles = [.. planned.Roles.Select(r => r.ToName())],
            Configuration = planned.Configuration,
        };
    }

    /// <summary>Back to a planned configuration; unknown role names are left out, and the id is recomputed so a
    /// hand-edited file cannot point at the wrong folder.</summary>
    public PlannedConfiguration ToPlanned()
    {
        var roles = Roles
            .Select(name => ConfigurationRoles.TryParse(name, out var role) ? role : (ConfigurationRole?)null)
            .OfType<ConfigurationRole>()
            .Distinct()
            .ToArray();
        var configuration = Configuration.Normalized();
        return new PlannedConfiguration(ConfigurationId.For(configuration), configuration, roles);
    }
}
