// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>The uplink as measured from completed requests.</summary>
/// <param name="BytesPerSecond">The smoothed throughput, or <see langword="null"/> before the first measurement.</param>
/// <param name="RoundTrip">The smoothed request-to-reply time, or <see langword="null"/> before the first measurement.</param>
/// <param name="Samples">How many completed requests the estimate rests on.</param>
public readonly record struct UplinkEstimate(double? BytesPerSecond, TimeSpan? RoundTrip, int Samples)
{
    /// <summary>Gets the estimate before any measurement.</summary>
    public static UplinkEstimate Unknown { get; } = new(null, null, 0);
}
