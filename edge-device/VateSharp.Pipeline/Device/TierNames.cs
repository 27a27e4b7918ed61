// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics.CodeAnalysis;
using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Device;

/// <summary>The names users give tiers on the command line and in output files: device, server, cloud.</summary>
public static class TierNames
{
    /// <summary>Gets the three names in tier order.</summary>
    public static IReadOnlyList<string> All { get; } = ["device", "server", "cloud"];

    /// <summary>Returns the name of a tier.</summary>
    public static string Of(Tier tier) => tier switch
    {
        Tier.Device => "device",
        Tier.EdgeServer => "server",
        _ => "cloud",
    };

    /// <summary>Parses a tier name (device, server or edge-server, cloud; any case).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Tier? tier)
    {
        tier = text?.Trim().ToLowerInvariant() switch
        {
            "device" => Tier.Device,
            "server" or "edge-server" or "edge" => Tier.EdgeServer,
            "cloud" => Tier.Cloud,
            _ => null,
        };
        return tier is not null;
    }
}
