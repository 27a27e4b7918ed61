// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using VateSharp.Core.Detections;
using VateSharp.Datasets.Sources;
using VateSharp.Pipeline.CatchUp;
using VateSharp.Pipeline.Device.Tiers;
using VateSharp.Pipeline.Fusion;
using VateSharp.Pipeline.Metrics;
using VateSharp.Pipeline.Policies;
using VateSharp.Pipeline.Scheduling;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// The device's frame loop, on one thread. Per frame: collect the replies that arrived; let the primary detector
/// follow <see cref="DetectionPlan"/> (the only place the loop may wait); move the tracked boxes to the frame; bring
/// each reply forward from its own frame through the frame history and merge it; age the set; offer the frame to
/// the other tiers by their policies (they encode and send on workers); report what is shown. Every new sequence
/// starts from nothing: tracker, fusion, history and policies are reset, and replies of earlier sequences are dropped.
/// </summary>
internal sealed partial class DeviceLoop : IDisposable
{
    private readonly DeviceLoopSettings _settings;
    private readonly IFrameSource _source;
    private readonly ITierChannel? _primary;
    private readonly IReadOnlyList<OffloadedTier> _offloaded;
    private readonly ReplyInbox _inbox;
    private readonly IFusion _fusion;
    private readonly PipelineMetrics _metrics;
    private readonly IReadOnlyList<IShownFrameSink> _sinks;
    private readonly ILogger _logger;
    private readonly FrameHistory _history;
    private readonly ResultForwarder _forwarder;
    private readonly LabelSpace _labels = new();
    private ITracker? _tracker;
    private IReadOnlyList<TrackedObject> _objects = [];
    private IReadOnlyList<Detection> _onScreen = [];
    private string _sequenceName = string.Empty;
    private int _lastIndex = -1;
    private int _shownInSequence;

    public DeviceLoop(
        DeviceLoopSettings settings,
        IFrameSource source,
        ITierChannel? primary,
        IReadOnlyList<OffloadedTier> offloaded,
        ReplyInbox inbox,
        IFusion fusion,
        PipelineMetrics metrics,
        IReadOnlyList<IShownFrameSink> sinks,
        ILogger logger)
    {
        _settings = settings;
        _source = source;
        _primary = primary;
        _offloaded = offloaded;
        _inbox = inbox;
        _fusion = fusion;
        _metrics = metrics;
        _sinks = sinks;
        _logger = logger;
        _history = new FrameHistory(settings.History);
        _forwarder = new ResultForwarder(() => TrackerFactory.Create(settings.Tracker, settings.TrackerOptions), settings.CatchUp);
    }

    /// <summary>Gets the run's class numbering (the labels detections were renumbered into).</summary>
    public LabelSpace Labels => _labels;

    /// <summary>Gets the loop's own counters.</summary>
    public LoopStatistics Statistics { get; } = new();

    /// <summary>Gets the catch-up outcomes so far.</summary>
    public ResultForwarder Forwarder => _forwarder;

    /// <summary>Plays the whole source; returns when it ends. Throws when cancelled.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        var cpuAtStart = ThreadCpuClock.Now();
        var pacer = new FramePacer(_settings.MaxFramesPerSecond);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wait = StageTimer.Start();
            if (!_source.TryRead(out var frame, cancellationToken))
            {
                break;
            }

            wait.Stop(_metrics, PipelineStage.Decode);
            if (frame!.IsFirstOfSequence || frame.SourceName != _sequenceName || _tracker is null)
            {
                StartSequence(frame);
            }

            if (_settings.MaxFramesPerSequence is { } max && _shownInSequence >= max)
            {
                frame.Dispose();
                if (_settings.SingleStream)
                {
                    break;
                }

                continue;
            }

            // The image now belongs to the frame loop and the workers it hands it to; the last one frees it.
            ProcessFrame(frame, new SharedImage(frame.Image), cancellationToken);
            pacer.Wait(cancellationToken);
        }

        EndSequence();
        if (cpuAtStart is { } start && ThreadCpuClock.Now() is { } end)
        {
            Statistics.LoopCpu = end - start;
        }
    }

    public void Dispose()
    {
        _tracker?.Dispose();
        _history.Dispose();
    }

    private void StartSequence(Frame frame)
    {
        EndSequence();
        _history.Reset();
        _tracker?.Dispose();
        _tracker = TrackerFactory.Create(_settings.Tracker, _settings.TrackerOptions);
        _fusion.Reset();
        foreach (var tier in _offloaded)
        {
            tier.Reset();
        }

        _objects = [];
        _onScreen = [];
        _sequenceName = frame.SourceName;
        _lastIndex = -1;
        _shownInSequence = 0;
        Statistics.Sequences++;
        LogSequence(_history.Sequence, frame.SourceName);
    }

    private void EndSequence()
    {
        if (_tracker is null)
        {
            return;
        }

        // Frames after the last shown one (undecodable at the end of a folder) still get what was on screen.
        var length = _settings.SequenceLength(_sequenceName);
        if (length is { } total)
        {
            FillUpTo(Math.Min(total, _settings.MaxFramesPerSequence ?? int.MaxValue));
        }
    }

    private void ProcessFrame(Frame frame, SharedImage image, CancellationToken cancellationToken)
    {
        var frameTimer = StageTimer.Start();
        var stamp = new FrameStamp(frame.Index, frame.Timestamp);
        try
        {
            FillUpTo(frame.Index);
            var trackTimer = StageTimer.Start();
            var tracking = MakeTrackingFrame(image.Image, frame);
            _history.Add(tracking);
            var trackTime = trackTimer.Elapsed;

            var replies = _inbox.Drain();
            var first = frame.IsFirstOfSequence || _shownInSequence == 0;
            var plan = _primary is null
                ? DetectionPlan.TrackOnly
                : DetectionPlan.For(_settings.Rate, stamp.Index, first, _primary.OutstandingFrame, _primary.InFlight < _primary.MaxInFlight);
            var submitted = !plan.WaitForOutstanding && plan.Submit && Submit(image, stamp);

            // Tracking needs no reply, so it runs while the detector works on the frame just sent (or on the
            // request still outstanding) instead of after the wait: on a multi-core device the two overlap.
            trackTimer = StageTimer.Start();
            var objects = _tracker!.Update(tracking);
            trackTime += trackTimer.Elapsed;
            if (_primary is not null)
            {
                FinishPrimary(plan, image, stamp, first, submitted, replies, cancellationToken);
            }

            var merges = new List<MergedResult>();
            var light = Merge(replies, stamp, merges, ref objects);
            objects = _fusion.Advance(objects, stamp);
            trackTimer = StageTimer.Start();
            _tracker.Initialize(tracking, objects);
            _metrics.RecordStage(PipelineStage.Track, trackTime + trackTimer.Elapsed);
            _objects = objects;

            Offload(image, stamp, light);
            Show(new ShownFrame(image)
            {
                Sequence = _sequenceName,
                SequenceNumber = _history.Sequence,
                Frame = stamp,
                FileName = frame.FileName,
                Detections = [.. _objects.Select(o => o.ToDetection())],
                Merges = merges,
            });
            _shownInSequence++;
            Statistics.Shown++;
            _metrics.RecordFrameShown();
        }
        finally
        {
            image.Release();
        }

        frameTimer.Stop(_metrics, PipelineStage.Frame);
    }

    private TrackingFrame MakeTrackingFrame(OpenCvSharp.Mat image, Frame frame)
    {
        // Converting to gray before shrinking resizes one channel instead of three, which is most of this step's cost.
        if (image.Channels() != 3)
        {
            return TrackingFrame.FromImage(image, frame.Index, frame.Timestamp, _settings.TrackingFrame);
        }

        using var gray = new OpenCvSharp.Mat();
        OpenCvSharp.Cv2.CvtColor(image, gray, OpenCvSharp.ColorConversionCodes.BGR2GRAY);
        return TrackingFrame.FromImage(gray, frame.Index, frame.Timestamp, _settings.TrackingFrame);
    }

    private bool Submit(SharedImage image, FrameStamp stamp)
    {
        // False when the detector is still busy with a request the plan gave up waiting for: the frame is tracked.
        var encoding = new FrameEncoding(1.0, _settings.PrimaryJpegQuality);
        return _primary!.TrySubmit(image, _history.Sequence, _sequenceName, stamp, encoding);
    }

    // The waits of the plan (DetectionPlan's order: the outstanding request, sending this frame, this frame's reply).
    private void FinishPrimary(
        DetectionPlan plan,
        SharedImage image,
        FrameStamp stamp,
        bool first,
        bool submitted,
        List<TierReply> replies,
        CancellationToken cancellationToken)
    {
        var primary = _primary!;
        if (plan.WaitForOutstanding)
        {
            if (primary.OutstandingFrame is null)
            {
                // It finished while the frame was tracked: its reply is applied on this frame, as it would have been.
                replies.AddRange(_inbox.Drain());
            }

            // With several requests in flight the next oldest may be N frames late too (a real-time source skips
            // frames), so an async frame plans again after each wait until it needs no more waiting.
            while (plan.WaitForOutstanding && primary.OutstandingFrame is { } outstanding)
            {
                var arrived = Wait(primary, r => r.Tier == primary.Tier && r.Frame.Index == outstanding, replies, cancellationToken);
                if (!arrived || plan.WaitForSubmitted)
                {
                    break;
                }

                plan = DetectionPlan.For(_settings.Rate, stamp.Index, first, primary.OutstandingFrame, primary.InFlight < primary.MaxInFlight);
            }

            submitted = plan.Submit && Submit(image, stamp);
        }

        if (submitted && plan.WaitForSubmitted)
        {
            var sequence = _history.Sequence;
            Wait(primary, r => r.Tier == primary.Tier && r.Sequence == sequence && r.Frame.Index == stamp.Index, replies, cancellationToken);
        }
    }

    private bool Wait(ITierChannel primary, Func<TierReply, bool> wanted, List<TierReply> replies, CancellationToken cancellationToken)
    {
        var timer = StageTimer.Start();
        var arrived = _inbox.WaitFor(wanted, primary.WaitLimit, cancellationToken);
        Statistics.PrimaryWaits++;
        Statistics.PrimaryWaited += timer.Elapsed;
        if (!arrived)
        {
            Statistics.PrimaryWaitsAbandoned++;
            LogWaitAbandoned(TierNames.Of(primary.Tier), primary.WaitLimit.TotalMilliseconds);
        }

        replies.AddRange(_inbox.Drain());
        return arrived;
    }

    private IReadOnlyList<Detection>? Merge(
        List<TierReply> replies, FrameStamp stamp, List<MergedResult> merges, ref IReadOnlyList<TrackedObject> objects)
    {
        IReadOnlyList<Detection>? light = null;

        // Least trusted first, so that within one frame the more trusted tiers have the last word.
        foreach (var reply in replies.OrderBy(r => r.Tier).ThenBy(r => r.Frame.Index))
        {
            if (reply.Encoded is { } encoded && Offloaded(reply.Tier) is { } tier)
            {
                tier.Policy.Observe(encoded);
            }

            if (reply.Sequence != _history.Sequence)
            {
                _metrics.RecordDrop(DropReasons.OtherSequence);
                continue;
            }

            if (!reply.Ok)
            {
                continue;
            }

            var catchUp = StageTimer.Start();
            var detections = _labels.Renumber(reply.Detections);
            var report = _forwarder.BringForward(new LateResult(reply.Tier, reply.Sequence, reply.Frame.Index, detections), _history);
            if (report.Steps > 0)
            {
                catchUp.Stop(_metrics, PipelineStage.CatchUp);
            }

            if (!report.IsUsable)
            {
                _metrics.RecordDrop(DropReasonOf(report.Outcome));
                continue;
            }

            var fuse = StageTimer.Start();
            objects = _fusion.Merge(objects, new TierResult(reply.Tier, report.Detections, stamp));
            fuse.Stop(_metrics, PipelineStage.Fuse);
            Statistics.RecordMerge(reply.Tier, report.FramesBehind);
            merges.Add(new MergedResult(reply.Tier, reply.Frame.Index, report.FramesBehind, detections, report.Detections));
            if (reply.Tier == Tier.Device || (light is null && reply.Tier == _primary?.Tier))
            {
                light = report.Detections;
            }

            if (Offloaded(reply.Tier) is { } offloaded)
            {
                offloaded.LastReply = stamp;
            }
        }

        return light;
    }

    private void Offload(SharedImage image, FrameStamp stamp, IReadOnlyList<Detection>? light)
    {
        foreach (var tier in _offloaded)
        {
            var channel = tier.Channel;
            var context = new OffloadContext
            {
                Frame = stamp,
                Tier = new TierState
                {
                    Tier = channel.Tier,
                    InFlight = channel.InFlight,
                    MaxInFlight = channel.MaxInFlight,
                    Healthy = channel.Health.IsHealthy,
                    LastSent = tier.LastSent,
                    LastReply = tier.LastReply,
                },
                LightResult = light,
                Uplink = channel.Uplink.Current,
                FrameWidth = image.Image.Width,
                FrameHeight = image.Image.Height,
            };
            var decision = tier.Policy.Decide(context);
            var sent = decision.Send
                && channel.TrySubmit(image, _history.Sequence, _sequenceName, stamp, new FrameEncoding(decision.Scale, decision.JpegQuality));
            _metrics.RecordDecision(channel.Tier, sent);
            if (sent)
            {
                tier.LastSent = stamp;
            }
        }
    }

    private void FillUpTo(int index)
    {
        for (var missing = _lastIndex + 1; missing < index; missing++)
        {
            Show(new ShownFrame(null)
            {
                Sequence = _sequenceName,
                SequenceNumber = _history.Sequence,
                Frame = new FrameStamp(missing, TimeSpan.FromSeconds(missing / _settings.FramesPerSecond)),
                FileName = _settings.FileNameOf(_sequenceName, missing),
                Detections = _onScreen,
                IsFilled = true,
            });
            Statistics.Filled++;
        }
    }

    private void Show(ShownFrame frame)
    {
        foreach (var sink in _sinks)
        {
            sink.OnFrame(frame);
        }

        _onScreen = frame.Detections;
        _lastIndex = frame.Frame.Index;
    }

    private OffloadedTier? Offloaded(Tier tier)
    {
        foreach (var candidate in _offloaded)
        {
            if (candidate.Channel.Tier == tier)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string DropReasonOf(CatchUpOutcome outcome) => outcome switch
    {
        CatchUpOutcome.DroppedTooOld => DropReasons.TooOldForCatchUp,
        CatchUpOutcome.DroppedOtherSequence => DropReasons.OtherSequence,
        _ => DropReasons.FromTheFuture,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sequence {Number}: {Name}")]
    private partial void LogSequence(int number, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up waiting for the {Tier} after {Milliseconds} ms; the frame is tracked instead")]
    private partial void LogWaitAbandoned(string tier, double milliseconds);
}
