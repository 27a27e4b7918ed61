// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>The models the edge-device program runs on each tier when a configuration leaves them at default.</summary>
public static class DefaultModels
{
    /// <summary>The device's light detector.</summary>
    public static IReadOnlyList<string> Device { get; } = ["fastestdet"];

    /// <summary>The edge server's detector.</summary>
    public static IReadOnlyList<string> Server { get; } = ["yolox-nano"];

    /// <summary>The cloud's ensemble.</summary>
    public static IReadOnlyList<string> Cloud { get; } = ["picodet-s-416", "yolox-nano"];
}
