// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Health;

/// <summary>
/// Degradation bookkeeping for one tier: replies and failures move it between healthy, slow and down (with
/// a few events in a row needed for each move, so one hiccup does not flap it), each change is logged once,
/// and the transitions and the time spent degraded are counted. Thread-safe.
/// </summary>
public sealed partial class TierHealth
{
    private readonly Lock _gate = new();
    private readonly TierHealthOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private int _slowInARow;
    private int _failuresInARow;
    private int _goodInARow;
    private int _transitions;
    private int _timesDegraded;
    private TimeSpan _degradedBefore;
    private long _degradedSince;

    /// <summary>Creates the record of a healthy tier.</summary>
    public TierHealth(Tier tier, TierHealthOptions? options = null, TimeProvider? time = null, ILogger<TierHealth>? logger = null)
    {
        Tier = tier;
        _options = options ?? TierHealthOptions.Default;
        _options.Validate();
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<TierHealth>.Instance;
    }

    /// <summary>Gets the tier.</summary>
    public Tier Tier { get; }

    /// <summary>Gets the current condition.</summary>
    public TierCondition Condition { get; private set; }

    /// <summary>Gets a value indicating whether the tier is healthy.</summary>
    public bool IsHealthy => Condition == TierCondition.Healthy;

    /// <summary>Records a reply that took <paramref name="roundTrip"/>.</summary>
    public void ObserveReply(TimeSpan roundTrip)
    {
        lock (_gate)
        {
            _failuresInARow = 0;
            if (roundTrip > _options.SlowAfter)
            {
                _goodInARow = 0;
                _slowInARow++;
                if (Condition == TierCondition.Down || (Condition == TierCondition.Healthy && _slowInARow >= _options.SlowRepliesToDegrade))
                {
                    // A slow reply from a down tier is still a sign of life: it is slow, not down.
                    Move(TierCondition.Slow, $"replies take {roundTrip.TotalMilliseconds:F0} ms");
                }

                return;
            }

            _slowInARow = 0;
            _goodInARow++;
            if (Condition != TierCondition.Healthy && _goodInARow >= _options.GoodRepliesToRecover)
            {
                Move(TierCondition.Healthy, $"replies take {roundTrip.TotalMilliseconds:F0} ms");
            }
        }
    }

    /// <summary>Records a failed or timed-out request.</summary>
    public void ObserveFailure(string reason)
    {
        lock (_gate)
        {
            _goodInARow = 0;
            _slowInARow = 0;
            _failuresInARow++;
            if (Condition != TierCondition.Down && _failuresInARow >= _options.FailuresToGoDown)
            {
                Move(TierCondition.Down, reason);
            }
        }
    }

    /// <summary>Returns the counters as of now.</summary>
    public TierHealthSnapshot Snapshot()
    {
        lock (_gate)
        {
            var degraded = _degradedBefore;
            if (Condition != TierCondition.Healthy)
            {
                degraded += _time.GetElapsedTime(_degradedSince);
            }

            return new TierHealthSnapshot(Tier, Condition, _transitions, _timesDegraded, degraded);
        }
    }

    private void Move(TierCondition next, string reason)
    {
        var previous = Condition;
        Condition = next;
        _transitions++;
        if (previous == TierCondition.Healthy)
        {
            _timesDegraded++;
            _degradedSince = _time.GetTimestamp();
            LogDegraded(Tier, next, reason);
        }
        else if (next == TierCondition.Healthy)
        {
            var spell = _time.GetElapsedTime(_degradedSince);
            _degradedBefore += spell;
            LogRecovered(Tier, spell.TotalSeconds, reason);
        }
        else
        {
            LogChanged(Tier, previous, next, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tier {Tier} is {Condition}: {Reason}")]
    private partial void LogDegraded(Tier tier, TierCondition condition, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tier {Tier} is healthy again after {Seconds:F1} s: {Reason}")]
    private partial void LogRecovered(Tier tier, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tier {Tier} went from {Previous} to {Condition}: {Reason}")]
    private partial void LogChanged(Tier tier, TierCondition previous, TierCondition condition, string reason);
}
