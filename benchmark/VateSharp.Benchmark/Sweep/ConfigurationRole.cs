// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>Why a configuration is part of a sweep: a point of the grid, or one of the references beside it.</summary>
public enum ConfigurationRole
{
    /// <summary>A point of the grid the user asked for.</summary>
    Sweep,

    /// <summary>The light detector on the device alone, at the same detection rate and mode as a grid point.</summary>
    DeviceOnly,

    /// <summary>The device's detector on every frame: the device tier's ceiling.</summary>
    DeviceCeiling,

    /// <summary>The edge server's detector on every frame: the server tier's ceiling.</summary>
    ServerCeiling,

    /// <summary>The cloud's detectors on every frame: the cloud tier's ceiling.</summary>
    CloudCeiling,

    /// <summary>VATE's own configuration in sync mode: VATE fusion at VATE's detection rate.</summary>
    VateSync,

    /// <summary>VATE's own configuration in async mode.</summary>
    VateAsync,

    /// <summary>The edge-device program only decoding the frames: the fastest any configuration could be.</summary>
    DecodeOnly,
}
