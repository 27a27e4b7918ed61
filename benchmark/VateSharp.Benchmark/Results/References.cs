// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Results;

/// <summary>The reference configurations of one grid point, found among a sweep's results (null when not run).</summary>
internal sealed record References(
    ConfigurationResult? DeviceOnly,
    ConfigurationResult? DeviceCeiling,
    ConfigurationResult? ServerCeiling,
    ConfigurationResult? CloudCeiling,
    ConfigurationResult? VateSameMode,
    ConfigurationResult? DecodeOnly)
{
    /// <summary>The tier ceiling with the best median mAP: the most accurate any single tier gets on every frame.</summary>
    public ConfigurationResult? BestCeiling => new[] { DeviceCeiling, ServerCeiling, CloudCeiling }
        .OfType<ConfigurationResult>()
        .Where(c => c.Median(m => m.Ap) is not null)
        .MaxBy(c => c.Median(m => m.Ap));

    public static References Of(SweepResults results, SweepConfiguration point) => new(
        results.Find(Baselines.DeviceOnly(point)),
        results.Find(Baselines.Ceiling(point, "device")),
        results.Find(Baselines.Ceiling(point, "server")),
        results.Find(Baselines.Ceiling(point, "cloud")),
        results.Find(Baselines.Vate(point, point.Mode)),
        results.Find(Baselines.DecodeOnly(point)));
}
