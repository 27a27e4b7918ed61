// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>
/// Passive uplink measurement: no probes, only the frames the device really sends. Each completed request
/// gives a throughput sample, bytes sent over the time the transfer took (the round trip less the server's own
/// processing time when the reply reports it), smoothed by an exponentially weighted moving average. Because
/// the round trip also holds the reply and any queueing, small requests on a fast link read as slower than the
/// link is: the estimate errs on the safe side. Thread-safe: transport callbacks may report from any thread.
/// </summary>
public sealed class UplinkEstimator
{
    private readonly Lock _gate = new();
    private readonly double _weight;
    private double? _bytesPerSecond;
    private double? _roundTripSeconds;
    private int _samples;

    /// <summary>Creates the estimator.</summary>
    /// <param name="weight">The weight of the newest sample in (0, 1]. Default 0.3 (about the last five requests count).</param>
    public UplinkEstimator(double weight = 0.3)
    {
        if (!(weight is > 0.0 and <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The sample weight must lie in (0, 1], but it is {weight}.");
        }

        _weight = weight;
    }

    /// <summary>Gets the current estimate.</summary>
    public UplinkEstimate Current
    {
        get
        {
            lock (_gate)
            {
                return new UplinkEstimate(
                    _bytesPerSecond, _roundTripSeconds is { } rt ? TimeSpan.FromSeconds(rt) : null, _samples);
            }
        }
    }

    /// <summary>Records one completed request.</summary>
    /// <param name="bytesSent">The request's size on the wire.</param>
    /// <param name="roundTrip">The time from send to reply.</param>
    /// <param name="serverTime">The server's own processing time if the reply reports it; zero otherwise.</param>
    public void Observe(long bytesSent, TimeSpan roundTrip, TimeSpan serverTime = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytesSent);
        if (roundTrip <= TimeSpan.Zero)
        {
            return;
        }

        // A millisecond floor keeps a loopback transfer from reading as infinitely fast.
        var transfer = Math.Max(0.001, (roundTrip - serverTime).TotalSeconds);
        var sample = bytesSent / transfer;
        lock (_gate)
        {
            _bytesPerSecond = _bytesPerSecond is { } old ? old + (_weight * (sample - old)) : sample;
            _roundTripSeconds = _roundTripSeconds is { } rt ? rt + (_weight * (roundTrip.TotalSeconds - rt)) : roundTrip.TotalSeconds;
            _samples++;
        }
    }

    /// <summary>Forgets every sample (for example after the tier's endpoint changed).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _bytesPerSecond = null;
            _roundTripSeconds = null;
            _samples = 0;
        }
    }
}
