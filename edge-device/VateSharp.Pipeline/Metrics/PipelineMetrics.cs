// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Health;

namespace VateSharp.Pipeline.Metrics;

/// <summary>
/// Collects a run's measurements: stage timings, shown frames, per-tier requests, bytes, round trips and
/// offload decisions, and drops by reason. Every sample is kept (a sample is 8 bytes; an hour at 30 frames
/// per second and seven stages is about 6 MB), so percentiles are exact. Thread-safe: replies are recorded
/// from transport threads.
/// </summary>
public sealed class PipelineMetrics
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<PipelineStage, List<double>> _stages = [];
    private readonly Dictionary<Tier, TierCounters> _tiers = [];
    private readonly Dictionary<string, long> _drops = new(StringComparer.Ordinal);
    private readonly Dictionary<Tier, TierHealth> _health = [];
    private long _frames;
    private long? _firstFrame;
    private long _lastFrame;

    /// <summary>Creates an empty collector.</summary>
    public PipelineMetrics(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>Records one duration of <paramref name="stage"/>.</summary>
    public void RecordStage(PipelineStage stage, TimeSpan elapsed)
    {
        lock (_gate)
        {
            if (!_stages.TryGetValue(stage, out var samples))
            {
                _stages[stage] = samples = [];
            }

            samples.Add(elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Records that a frame was shown (its boxes are final).</summary>
    public void RecordFrameShown()
    {
        var now = _time.GetTimestamp();
        lock (_gate)
        {
            _frames++;
            _firstFrame ??= now;
            _lastFrame = now;
        }
    }

    /// <summary>Records a policy's decision for a tier (sent or not), for the offload ratio.</summary>
    public void RecordDecision(Tier tier, bool sent)
    {
        lock (_gate)
        {
            var counters = Counters(tier);
            counters.Decisions++;
            counters.Sent += sent ? 1 : 0;
        }
    }

    /// <summary>Records a request of <paramref name="bytes"/> bytes sent to <paramref name="tier"/>.</summary>
    public void RecordRequest(Tier tier, long bytes)
    {
        lock (_gate)
        {
            var counters = Counters(tier);
            counters.Requests++;
            counters.Bytes += bytes;
        }
    }

    /// <summary>Records a reply from <paramref name="tier"/> that took <paramref name="roundTrip"/>.</summary>
    public void RecordReply(Tier tier, TimeSpan roundTrip)
    {
        lock (_gate)
        {
            var counters = Counters(tier);
            counters.Replies++;
            counters.RoundTrips.Add(roundTrip.TotalMilliseconds);
        }
    }

    /// <summary>Records a drop under <paramref name="reason"/> (see <see cref="DropReasons"/>).</summary>
    public void RecordDrop(string reason, long count = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (_gate)
        {
            _drops[reason] = _drops.GetValueOrDefault(reason) + count;
        }
    }

    /// <summary>Includes a tier's health record (time degraded, transitions) in snapshots.</summary>
    public void Track(TierHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        lock (_gate)
        {
            _health[health.Tier] = health;
            Counters(health.Tier);
        }
    }

    /// <summary>Summarises everything recorded so far.</summary>
    public MetricsReport Snapshot()
    {
        lock (_gate)
        {
            var wall = _firstFrame is { } first ? _time.GetElapsedTime(first, _lastFrame).TotalSeconds : 0.0;
            var stages = _stages.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(), p => LatencySummary.Of([.. p.Value]));
            var tiers = _tiers.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(), p =>
            {
                var c = p.Value;
                var health = _health.TryGetValue(p.Key, out var h) ? h.Snapshot() : default(TierHealthSnapshot?);
                return new TierMetrics(
                    c.Requests,
                    c.Replies,
                    c.Bytes,
                    c.Decisions == 0 ? 0.0 : c.Sent / (double)c.Decisions,
                    LatencySummary.Of([.. c.RoundTrips]),
                    health?.TimeDegraded.TotalSeconds ?? 0.0,
                    health?.Transitions ?? 0);
            });

            // FPS counts intervals between shown frames, so one frame gives no rate rather than infinity.
            var fps = wall > 0 && _frames > 1 ? (_frames - 1) / wall : 0.0;
            return new MetricsReport(_frames, wall, fps, stages, tiers, new Dictionary<string, long>(_drops));
        }
    }

    private TierCounters Counters(Tier tier)
    {
        if (!_tiers.TryGetValue(tier, out var counters))
        {
            _tiers[tier] = counters = new TierCounters();
        }

        return counters;
    }

    private sealed class TierCounters
    {
        public long Decisions { get; set; }

        public long Sent { get; set; }

        public long Requests { get; set; }

        public long Replies { get; set; }

        public long Bytes { get; set; }

        public List<double> RoundTrips { get; } = [];
    }
}
