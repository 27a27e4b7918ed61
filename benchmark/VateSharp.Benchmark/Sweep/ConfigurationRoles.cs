// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>The names roles have in files and reports.</summary>
public static class ConfigurationRoles
{
    private static readonly (ConfigurationRole Role, string Name, string Label)[] Names =
    [
        (ConfigurationRole.Sweep, "sweep", "sweep"),
        (ConfigurationRole.DeviceOnly, "device-only", "device only"),
        (ConfigurationRole.DeviceCeiling, "device-ceiling", "ceiling: device"),
        (ConfigurationRole.ServerCeiling, "server-ceiling", "ceiling: server"),
        (ConfigurationRole.CloudCeiling, "cloud-ceiling", "ceiling: cloud"),
        (ConfigurationRole.VateSync, "vate-sync", "VATE sync"),
        (ConfigurationRole.VateAsync, "vate-async", "VATE async"),
        (ConfigurationRole.DecodeOnly, "decode-only", "decode only"),
    ];

    /// <summary>The role's name in configuration.json, e.g. "device-only".</summary>
    public static string ToName(this ConfigurationRole role) => Names.First(n => n.Role == role).Name;

    /// <summary>The role as a report shows it, e.g. "ceiling: cloud".</summary>
    public static string ToLabel(this ConfigurationRole role) => Names.First(n => n.Role == role).Label;

    /// <summary>Reads a role name written by <see cref="ToName"/>.</summary>
    public static bool TryParse(string? name, out ConfigurationRole role)
    {
        foreach (var entry in Names)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                role = entry.Role;
                return true;
            }
        }

        role = default;
        return false;
    }
}
