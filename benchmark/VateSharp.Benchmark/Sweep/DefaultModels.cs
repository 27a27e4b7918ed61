// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Pipeline.Device;

namespace VateSharp.Benchmark.Sweep;

/// <summary>The models the edge-device program runs on each tier when a configuration leaves them at default.</summary>
public static class DefaultModels
{
    /// <summary>The device's light detector.</summary>
    public static IReadOnlyList<string> Device => TierOptions.DeviceDefault.Models;

    /// <summary>The edge server's detector.</summary>
    public static IReadOnlyList<string> Server => TierOptions.ServerDefault.Models;

    /// <summary>The cloud's ensemble.</summary>
    public static IReadOnlyList<string> Cloud => TierOptions.CloudDefault.Models;
}
