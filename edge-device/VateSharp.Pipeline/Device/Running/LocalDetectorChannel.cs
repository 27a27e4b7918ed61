// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VateSharp.Core.Detections;
using VateSharp.Inference;
using VateSharp.Pipeline.Device.Tiers;
using VateSharp.Pipeline.Metrics;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// The device's own detector on a dedicated thread, so the frame loop never runs inference itself: in async
/// mode the loop goes on tracking while the detector works, in sync mode it waits for the reply like for any tier.
/// </summary>
internal sealed partial class LocalDetectorChannel : ITierChannel
{
    private readonly CpuTimedDetector _detector;
    private readonly ReplyInbox _inbox;
    private readonly PipelineMetrics _metrics;
    private readonly ILogger _logger;
    private readonly Thread _thread;
    private readonly SemaphoreSlim _ready = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private Job? _job;
    private int _outstanding = -1;
    private bool _failureLogged;

    public LocalDetectorChannel(IObjectDetector detector, ReplyInbox inbox, PipelineMetrics metrics, ILogger logger)
    {
        _detector = new CpuTimedDetector(detector);
        _inbox = inbox;
        _metrics = metrics;
        _logger = logger;
        Description = $"{detector.Info.Name} in process";
        _thread = new Thread(Work) { IsBackground = true, Name = "device-detector" };
        _thread.Start();
    }

    public Tier Tier => Tier.Device;

    public string Description { get; }

    // In-process inference has no network to lose; a minute only guards against a hung native call.
    public TimeSpan WaitLimit => TimeSpan.FromMinutes(1);

    public int? OutstandingFrame => Volatile.Read(ref _outstanding) is var index and >= 0 ? index : null;

    public int InFlight => OutstandingFrame is null ? 0 : 1;

    // One detector thread takes one frame at a time.
    public int MaxInFlight => 1;

    public TimeSpan? DetectorCpuTime => _detector.CpuTime;

    public bool TrySubmit(SharedImage image, int sequence, string sequenceName, FrameStamp frame, FrameEncoding encoding)
    {
        if (Interlocked.CompareExchange(ref _outstanding, frame.Index, -1) != -1)
        {
            return false;
        }

        _job = new Job(image.Retain(), sequence, frame, Stopwatch.GetTimestamp());
        _metrics.RecordRequest(Tier.Device, 0);
        _ready.Release();
        return true;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _job?.Image.Release();
        _detector.Dispose();
        _ready.Dispose();
        _stop.Dispose();
    }

    private void Work()
    {
        try
        {
            while (true)
            {
                _ready.Wait(_stop.Token);
                var job = _job!;
                _job = null;
                var reply = Detect(job);
                job.Image.Release();
                Volatile.Write(ref _outstanding, -1);
                _inbox.Post(reply);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposal stops the worker.
        }
    }

    private TierReply Detect(Job job)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var detections = _detector.Detect(job.Image.Image);
            var elapsed = Stopwatch.GetElapsedTime(started);
            _metrics.RecordStage(PipelineStage.DeviceDetect, elapsed);
            _metrics.RecordReply(Tier.Device, Stopwatch.GetElapsedTime(job.Submitted));
            return new TierReply(Tier.Device, job.Sequence, job.Frame, detections, true, string.Empty, elapsed, null);
        }
#pragma warning disable CA1031 // A failed inference must not end the run: the frame is tracked instead, and the failure counted.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (!_failureLogged)
            {
                _failureLogged = true;
                LogFailure(ex.Message);
            }

            return new TierReply(Tier.Device, job.Sequence, job.Frame, [], false, "error", Stopwatch.GetElapsedTime(started), null);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The device detector failed ({Reason}); frames go on being tracked and further failures are only counted")]
    private partial void LogFailure(string reason);

    private sealed record Job(SharedImage Image, int Sequence, FrameStamp Frame, long Submitted);
}
