// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking.Motion;

/// <summary>
/// Moves every box by its own constant-velocity Kalman filter (<see cref="BoxKalmanFilter"/>); each
/// <see cref="Initialize(int, IReadOnlyList{TrackedObject})"/> is a measurement for the ids it keeps. Needs no
/// image, so it is the cheapest method and the only one that works without pixels, but a box it has just been
/// given has no velocity yet and stands still until a second measurement arrives.
/// </summary>
public sealed class MotionTracker : ITracker
{
    private readonly TrackerOptions _options;
    private readonly MotionModelOptions _motion;
    private readonly Dictionary<int, BoxKalmanFilter> _filters = [];
    private List<TrackedObject> _objects = [];
    private int _frameIndex;

    /// <summary>Creates the tracker.</summary>
    public MotionTracker(TrackerOptions? options = null, MotionModelOptions? motion = null)
    {
        _options = options ?? TrackerOptions.Default;
        _options.Validate();
        _motion = motion ?? MotionModelOptions.Default;
        _motion.Validate();
    }

    /// <inheritdoc />
    public string Name => TrackerNames.Motion;

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Objects => _objects;

    /// <inheritdoc />
    public void Initialize(TrackingFrame frame, IReadOnlyList<TrackedObject> objects)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Initialize(frame.Index, objects);
    }

    /// <summary>Sets the followed set on frame <paramref name="frameIndex"/> (see <see cref="ITracker.Initialize"/>).</summary>
    public void Initialize(int frameIndex, IReadOnlyList<TrackedObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);

        var kept = new Dictionary<int, BoxKalmanFilter>(objects.Count);
        foreach (var tracked in objects)
        {
            if (tracked.Score < _options.MinTrackScore)
            {
                continue;
            }

            // A known id keeps its velocity: its filter is first predicted to this frame if it lags, then a
            // confirmed box is a measurement while an unconfirmed one is only being carried along. An id seen for
            // the first time, or a frame before the filter's, starts from rest.
            if (_filters.TryGetValue(tracked.Id, out var filter) && frameIndex >= _frameIndex)
            {
                if (frameIndex > _frameIndex)
                {
                    filter.Predict(frameIndex - _frameIndex);
                }

                if (tracked.FramesSinceConfirmed == 0)
                {
                    filter.Correct(tracked.Box);
                }
            }
            else
            {
                filter = new BoxKalmanFilter(tracked.Box, _motion);
            }

            kept[tracked.Id] = filter;
        }

        _filters.Clear();
        foreach (var (id, filter) in kept)
        {
            _filters[id] = filter;
        }

        _objects = [.. objects];
        _frameIndex = frameIndex;
    }

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Update(TrackingFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return Update(frame.Index);
    }

    /// <summary>Moves every object to frame <paramref name="frameIndex"/> (see <see cref="ITracker.Update"/>).</summary>
    public IReadOnlyList<TrackedObject> Update(int frameIndex)
    {
        var steps = TrackAging.Steps(_frameIndex, frameIndex);
        var next = new List<TrackedObject>(_objects.Count);
        foreach (var tracked in _objects)
        {
            if (_filters.TryGetValue(tracked.Id, out var filter)
                && filter.FramesSinceMeasurement + steps <= _motion.MaxPredictedFrames)
            {
                filter.Predict(steps);
                next.Add(TrackAging.Followed(tracked, filter.Box, steps));
                continue;
            }

            // Past the prediction horizon the velocity is a guess; stop moving the box and let it fade.
            _filters.Remove(tracked.Id);
            if (TrackAging.TryMissed(tracked, steps, _options, out var missed))
            {
                next.Add(missed);
            }
        }

        _objects = next;
        _frameIndex = frameIndex;
        return _objects;
    }

    /// <inheritdoc />
    public void Dispose() => _filters.Clear();
}
