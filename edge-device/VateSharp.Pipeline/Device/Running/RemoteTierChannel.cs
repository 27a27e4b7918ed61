// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Health;
using VateSharp.Pipeline.Metrics;
using VateSharp.Pipeline.Policies;
using VateSharp.Transport.Client;
using VateSharp.Transport.Protocol;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// An edge server or cloud reached through a <see cref="DetectionClient"/> (over tcp:// or, for a tier in this
/// process, inproc://). Encoding and the wait for the reply happen on a thread-pool worker, never on the frame
/// loop; the reply, a timeout or a refusal is posted to the inbox and recorded in the tier's health and uplink.
/// Up to <see cref="TierOptions.MaxInFlight"/> requests are in flight at once, each with its own deadline; every
/// reply carries the frame it was sent for, whatever order the replies come back in.
/// </summary>
internal sealed class RemoteTierChannel : ITierChannel
{
    private readonly DetectionClient _client;
    private readonly TierOptions _options;
    private readonly ReplyInbox _inbox;
    private readonly PipelineMetrics _metrics;
    private readonly Func<TimeSpan?> _cpuTime;
    private readonly ManualResetEventSlim _idle = new(true);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _failures = new(StringComparer.Ordinal);

    // Requests in flight, oldest first; guarded by _gate.
    private readonly List<(int Sequence, int Frame)> _inFlight = [];
    private volatile bool _disposing;

    public RemoteTierChannel(
        Tier tier,
        DetectionClient client,
        TierOptions options,
        string description,
        Func<TimeSpan?> cpuTime,
        ReplyInbox inbox,
        PipelineMetrics metrics,
        ILogger<TierHealth> healthLogger)
    {
        Tier = tier;
        _client = client;
        _options = options;
        _inbox = inbox;
        _metrics = metrics;
        _cpuTime = cpuTime;
        Description = description;
        Health = new TierHealth(tier, new TierHealthOptions { SlowAfter = options.Deadline / 2 }, logger: healthLogger);
        metrics.Track(Health);
    }

    public Tier Tier { get; }

    public string Description { get; }

    // The client completes every request by its deadline; the margin covers the hop back to the loop.
    public TimeSpan WaitLimit => _options.Deadline + TimeSpan.FromSeconds(1);

    public int? OutstandingFrame
    {
        get
        {
            lock (_gate)
            {
                return _inFlight.Count > 0 ? _inFlight[0].Frame : null;
            }
        }
    }

    public int InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight.Count;
            }
        }
    }

    public int MaxInFlight => _options.MaxInFlight;

    public TimeSpan? DetectorCpuTime => _cpuTime();

    /// <summary>Gets whether the tier answers in time, with its degradation counters.</summary>
    public TierHealth Health { get; }

    /// <summary>Gets the uplink measured from this tier's real requests.</summary>
    public UplinkEstimator Uplink { get; } = new();

    /// <summary>Returns how many requests failed, by reason (timeout, unavailable, rejected, late, error).</summary>
    public IReadOnlyDictionary<string, long> Failures
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, long>(_failures, StringComparer.Ordinal);
            }
        }
    }

    public bool TrySubmit(SharedImage image, int sequence, string sequenceName, FrameStamp frame, FrameEncoding encoding)
    {
        lock (_gate)
        {
            if (_inFlight.Count >= MaxInFlight || _inFlight.Contains((sequence, frame.Index)))
            {
                return false;
            }

            _inFlight.Add((sequence, frame.Index));
            _idle.Reset();
        }

        var retained = image.Retain();
        _ = Task.Run(() => SendAsync(retained, sequence, sequenceName, frame, encoding));
        return true;
    }

    public void Dispose()
    {
        // Disposing the client completes the requests in flight, so the workers finish promptly; that is the end
        // of the run, not a failure of the tier.
        _disposing = true;
        _client.Dispose();
        _idle.Wait(WaitLimit);
        _idle.Dispose();
    }

    private async Task SendAsync(SharedImage image, int sequence, string sequenceName, FrameStamp frame, FrameEncoding encoding)
    {
        var started = Stopwatch.GetTimestamp();
        TierReply reply;
        try
        {
            reply = await ExchangeAsync(image, sequence, sequenceName, frame, encoding, started);
        }
#pragma warning disable CA1031 // Whatever goes wrong with one request, the run goes on without its reply.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            reply = Failed(sequence, frame, "error", ex.Message, started, null);
        }
        finally
        {
            image.Release();
        }

        // The slot is free before the reply is posted, so a loop that waited for this reply finds the tier free.
        lock (_gate)
        {
            _inFlight.Remove((sequence, frame.Index));
            if (_inFlight.Count == 0)
            {
                _idle.Set();
            }
        }

        _inbox.Post(reply);
    }

    private async Task<TierReply> ExchangeAsync(
        SharedImage image, int sequence, string sequenceName, FrameStamp frame, FrameEncoding encoding, long started)
    {
        var source = image.Image;
        var encodeTimer = StageTimer.Start();
        var (jpeg, width, height) = JpegFrameEncoder.Encode(source, _options.Size, encoding);
        encodeTimer.Stop(_metrics, PipelineStage.Encode);
        var encoded = new EncodedFrame(encoding.JpegQuality, width, height, jpeg.Length);

        var request = new DetectionRequest
        {
            StreamId = StreamId(sequence, sequenceName),
            FrameId = (ulong)frame.Index,
            Jpeg = jpeg,
            ScaleX = source.Width / (float)width,
            ScaleY = source.Height / (float)height,
            FrameWidth = source.Width,
            FrameHeight = source.Height,
            Timeout = _options.Deadline,
            Wishes = new DetectorWishes
            {
                ScoreThreshold = _options.ScoreThreshold,
                NmsThreshold = _options.NmsThreshold,
                MaxDetections = _options.MaxDetections,
            },
        };
        if (!_client.TrySubmit(request, out var pending))
        {
            return Failed(sequence, frame, "rejected", "the client refused the frame", started, encoded);
        }

        _metrics.RecordRequest(Tier, jpeg.Length);
        var answer = await pending;
        if (!answer.IsOk)
        {
            return Failed(sequence, frame, answer.Status.ToString().ToLowerInvariant(), answer.Reason, started, encoded);
        }

        var latency = Stopwatch.GetElapsedTime(started);
        Health.ObserveReply(answer.RoundTrip);
        Uplink.Observe(jpeg.Length, answer.RoundTrip, answer.QueueTime + answer.InferenceTime);
        _metrics.RecordReply(Tier, latency);
        return new TierReply(Tier, sequence, frame, answer.Detections, true, string.Empty, latency, encoded);
    }

    private TierReply Failed(int sequence, FrameStamp frame, string reason, string detail, long started, EncodedFrame? encoded)
    {
        if (_disposing)
        {
            return new TierReply(Tier, sequence, frame, [], false, "stopped", Stopwatch.GetElapsedTime(started), encoded);
        }

        Health.ObserveFailure($"{reason}: {detail}");
        lock (_gate)
        {
            _failures[reason] = _failures.GetValueOrDefault(reason) + 1;
        }

        _metrics.RecordDrop($"{TierNames.Of(Tier)}-{reason}");
        return new TierReply(Tier, sequence, frame, [], false, reason, Stopwatch.GetElapsedTime(started), encoded);
    }

    private static string StreamId(int sequence, string name)
    {
        // The protocol allows 256 characters; the sequence number keeps a replayed name apart from its first run.
        var id = $"{sequence}:{name}";
        return id.Length <= 256 ? id : id[..256];
    }
}
