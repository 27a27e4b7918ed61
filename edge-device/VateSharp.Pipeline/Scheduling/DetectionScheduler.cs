// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Datasets.Sources;

namespace VateSharp.Pipeline.Scheduling;

/// <summary>
/// Paces the device's light detector by <see cref="DetectionPlan"/>: call <see cref="OnFrameAsync"/> once per
/// frame, in order; it returns the result to apply on that frame, if any (at most one: one request is in flight
/// at a time). A result older than the frame must be brought forward before merging
/// (<see cref="CatchUp.ResultForwarder"/>). An asynchronous request works on its own copy of the image. A
/// detector failure surfaces from the call that collects it. Not thread-safe: one frame loop drives it.
/// </summary>
public sealed class DetectionScheduler : IDisposable
{
    private readonly IFrameDetector _detector;
    private readonly DetectionRateOptions _options;
    private Request? _outstanding;
    private int _sequence;
    private long _frames;
    private long _submitted;
    private long _delivered;
    private long _waits;
    private long _discarded;
    private int _maxBehind;
    private TimeSpan _waited;

    /// <summary>Creates the scheduler.</summary>
    public DetectionScheduler(IFrameDetector detector, DetectionRateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _detector = detector;
        _options = options ?? DetectionRateOptions.Default;
        _options.Validate();
    }

    /// <summary>Gets the counters so far.</summary>
    public DetectionSchedulerStatistics Statistics =>
        new(_frames, _submitted, _delivered, _waits, _discarded, _maxBehind, _waited);

    /// <summary>Gets the frame of the request in flight, or <see langword="null"/> when the detector is free.</summary>
    public int? OutstandingFrame => _outstanding?.FrameIndex;

    /// <summary>Handles one frame; returns the result to apply on it, if any.</summary>
    public async ValueTask<DeviceDetections?> OnFrameAsync(Frame frame, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        _frames++;

        // A request from the previous sequence describes frames that are gone: let it finish, then drop it.
        if (frame.IsFirstOfSequence)
        {
            if (_outstanding is not null)
            {
                await AwaitOutstandingAsync(waited: true, cancellationToken);
                _discarded++;
            }

            _sequence++;
        }

        DeviceDetections? ready = null;
        if (_outstanding is { Task.IsCompleted: true })
        {
            ready = Deliver(frame.Index, await AwaitOutstandingAsync(waited: false, cancellationToken), waited: false);
        }

        var plan = DetectionPlan.For(_options, frame.Index, frame.IsFirstOfSequence, _outstanding?.FrameIndex);
        if (plan.WaitForOutstanding && _outstanding is not null)
        {
            ready = Deliver(frame.Index, await AwaitOutstandingAsync(waited: true, cancellationToken), waited: true);
        }

        if (!plan.Submit)
        {
            return ready;
        }

        _submitted++;
        if (plan.WaitForSubmitted)
        {
            // The loop waits anyway, so the detector may read the frame's own image.
            var started = Stopwatch.GetTimestamp();
            var detections = await _detector.DetectAsync(frame.Image, cancellationToken).WaitAsync(cancellationToken);
            var latency = Stopwatch.GetElapsedTime(started);
            _waits++;
            _waited += latency;
            _delivered++;
            return new DeviceDetections(frame.Index, _sequence, detections, 0, latency, Waited: true);
        }

        var copy = frame.Image.Clone();
        _outstanding = new Request(frame.Index, _sequence, copy, Stopwatch.GetTimestamp(), _detector.DetectAsync(copy, cancellationToken));
        return ready;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The detector may still be reading the copy; release it when it is done.
        if (_outstanding is { } request)
        {
            _ = request.Task.ContinueWith(_ => request.Image.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            _outstanding = null;
        }
    }

    private async ValueTask<(Request Request, IReadOnlyList<Detection> Detections)> AwaitOutstandingAsync(
        bool waited, CancellationToken cancellationToken)
    {
        var request = _outstanding!;
        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<Detection> detections;
        try
        {
            detections = await request.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            // A cancelled wait leaves the request running; only a finished one releases its copy.
            if (request.Task.IsCompleted)
            {
                request.Image.Dispose();
                _outstanding = null;
            }
        }

        if (waited)
        {
            _waits++;
            _waited += Stopwatch.GetElapsedTime(started);
        }

        return (request, detections);
    }

    private DeviceDetections Deliver(int currentFrame, (Request Request, IReadOnlyList<Detection> Detections) done, bool waited)
    {
        var behind = currentFrame - done.Request.FrameIndex;
        _delivered++;
        _maxBehind = Math.Max(_maxBehind, behind);
        return new DeviceDetections(
            done.Request.FrameIndex, done.Request.Sequence, done.Detections, behind, Stopwatch.GetElapsedTime(done.Request.Started), waited);
    }

    private sealed record Request(int FrameIndex, int Sequence, Mat Image, long Started, Task<IReadOnlyList<Detection>> Task);
}
