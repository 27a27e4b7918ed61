// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// The reference configurations every grid point is compared with. Each is derived from the grid point by
/// changing only what the reference is about, so a reference shares the point's realtime setting, frame limit,
/// models and JPEG quality:
/// <list type="bullet">
/// <item>device only: the same mode and rate with no remote tier;</item>
/// <item>ceilings: one tier alone, detecting every frame (rate 1, sync), with the tier's default policy;</item>
/// <item>VATE: VATE fusion at VATE's detection rate, in sync and in async mode, with the device tracking and the
/// edge server and cloud detecting, as VATE deploys it;</item>
/// <item>decode only: the program reading the same frames and nothing else, the upper bound of any frame rate.</item>
/// </list>
/// </summary>
public static class Baselines
{
    /// <summary>VATE's default detection rate (<c>--detection-rate 5</c> in its code).</summary>
    public static int VateDetectionRate => 5;

    /// <summary>The tiers VATE runs: its device only tracks, the edge server and the cloud detect.</summary>
    public static string VateTiers => "server,cloud";

    /// <summary>The device-only reference of a grid point.</summary>
    public static SweepConfiguration DeviceOnly(SweepConfiguration point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return (point with { Tiers = "device" }).Normalized();
    }

    /// <summary>The ceiling of one tier: that tier alone on every frame.</summary>
    /// <param name="point">The grid point whose realtime setting, frame limit and models the ceiling keeps.</param>
    /// <param name="tier">device, server or cloud.</param>
    public static SweepConfiguration Ceiling(SweepConfiguration point, string tier)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentException.ThrowIfNullOrWhiteSpace(tier);
        return (point with
        {
            Tiers = tier,
            DetectionRate = 1,
            Mode = "sync",
            ServerPolicy = null,
            CloudPolicy = null,
        }).Normalized();
    }

    /// <summary>VATE's configuration in the given mode.</summary>
    public static SweepConfiguration Vate(SweepConfiguration point, string mode)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentException.ThrowIfNullOrWhiteSpace(mode);
        return (point with
        {
            Tiers = VateTiers,
            Fusion = "vate",
            Mode = mode,
            DetectionRate = VateDetectionRate,
            ServerPolicy = null,
            CloudPolicy = null,
        }).Normalized();
    }

    /// <summary>The edge-device program only decoding the frames the grid point plays, as fast as it can.</summary>
    public static SweepConfiguration DecodeOnly(SweepConfiguration point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return (point with { DecodeOnly = true }).Normalized();
    }

    /// <summary>The role a ceiling of <paramref name="tier"/> plays.</summary>
    public static ConfigurationRole CeilingRole(string tier) => tier switch
    {
        "device" => ConfigurationRole.DeviceCeiling,
        "server" => ConfigurationRole.ServerCeiling,
        "cloud" => ConfigurationRole.CloudCeiling,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Expected device, server or cloud."),
    };
}
