// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using VateSharp.Core.Detections;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.CatchUp;

/// <summary>
/// Brings a late result forward: a fresh tracker starts on the frame the result belongs to and is stepped
/// through the buffered frames up to the newest, so the boxes land where the objects are now before they are
/// merged. Results whose frame is no longer buffered are dropped and counted.
/// </summary>
public sealed class ResultForwarder
{
    private readonly Func<ITracker> _createTracker;
    private readonly CatchUpOptions _options;
    private readonly long[] _outcomes = new long[Enum.GetValues<CatchUpOutcome>().Length];

    /// <summary>Creates the forwarder.</summary>
    /// <param name="createTracker">Makes the tracker for one replay (it is disposed afterwards), for example
    /// <c>() =&gt; TrackerFactory.Create("median-flow")</c>.</param>
    /// <param name="options">Replay limits; <see cref="CatchUpOptions.Default"/> when omitted.</param>
    public ResultForwarder(Func<ITracker> createTracker, CatchUpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(createTracker);
        _createTracker = createTracker;
        _options = options ?? CatchUpOptions.Default;
        _options.Validate();
    }

    /// <summary>Gets how many results ended with <paramref name="outcome"/>.</summary>
    public long Count(CatchUpOutcome outcome) => Interlocked.Read(ref _outcomes[(int)outcome]);

    /// <summary>Gets the total number of tracker steps taken by replays.</summary>
    public long StepsTaken { get; private set; }

    /// <summary>Replays <paramref name="result"/> up to the newest frame of <paramref name="history"/>.</summary>
    public CatchUpReport BringForward(LateResult result, FrameHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(result.Detections);
        var started = Stopwatch.GetTimestamp();

        var newest = history.Newest;
        if (result.Sequence != history.Sequence)
        {
            return Finish(CatchUpOutcome.DroppedOtherSequence, [], 0, 0, started);
        }

        if (newest is null || result.FrameIndex > newest.Index)
        {
            return Finish(CatchUpOutcome.DroppedFromTheFuture, [], 0, 0, started);
        }

        var behind = newest.Index - result.FrameIndex;
        if (behind == 0)
        {
            return Finish(CatchUpOutcome.Current, result.Detections, 0, 0, started);
        }

        if (!history.TryGet(result.FrameIndex, out var origin))
        {
            return Finish(CatchUpOutcome.DroppedTooOld, [], behind, 0, started);
        }

        var steps = Plan(history.After(result.FrameIndex));
        var objects = new TrackedObject[result.Detections.Count];
        for (var i = 0; i < objects.Length; i++)
        {
            objects[i] = TrackedObject.FromDetection(i, result.Detections[i], result.Tier);
        }

        using var tracker = _createTracker();
        tracker.Initialize(origin!, objects);
        foreach (var frame in steps)
        {
            tracker.Update(frame);
        }

        var forwarded = tracker.Objects.Select(o => o.ToDetection()).ToArray();
        StepsTaken += steps.Count;
        return Finish(CatchUpOutcome.BroughtForward, forwarded, behind, steps.Count, started);
    }

    // Every frame when few were missed; otherwise MaxSteps evenly spaced ones, always ending on the newest.
    private List<TrackingFrame> Plan(IReadOnlyList<TrackingFrame> missed)
    {
        if (_options.MaxSteps == 0 || missed.Count <= _options.MaxSteps)
        {
            return [.. missed];
        }

        var chosen = new List<TrackingFrame>(_options.MaxSteps);
        for (var k = 1; k <= _options.MaxSteps; k++)
        {
            chosen.Add(missed[(int)Math.Round((k * missed.Count / (double)_options.MaxSteps) - 1.0)]);
        }

        return chosen;
    }

    private CatchUpReport Finish(
        CatchUpOutcome outcome, IReadOnlyList<Detection> detections, int behind, int steps, long started)
    {
        Interlocked.Increment(ref _outcomes[(int)outcome]);
        return new CatchUpReport(outcome, detections, behind, steps, Stopwatch.GetElapsedTime(started));
    }
}
