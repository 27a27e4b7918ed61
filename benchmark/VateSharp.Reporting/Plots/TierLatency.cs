// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>Latency percentiles of one tier, in milliseconds.</summary>
public readonly record struct TierLatency(string Tier, double P50Ms, double P95Ms, double P99Ms);
