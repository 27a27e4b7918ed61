// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Geometry;

namespace VateSharp.Tracking.Flow;

/// <summary>
/// Follows each box by sparse optical flow of its contents: corners inside the box (or a grid where there are
/// too few) are tracked with pyramidal Lucas-Kanade to the next frame and back, points that do not return are
/// discarded, and the box moves by the median displacement and scales by the median change of distances
/// between point pairs. All objects share one Lucas-Kanade call per direction, and with
/// <see cref="MedianFlowOptions.SharePyramids"/> every frame's image pyramid is built once, cached on the
/// <see cref="TrackingFrame"/>, and read by both directions and by every tracker that steps through the frame.
/// </summary>
public sealed class MedianFlowTracker : ITracker
{
    private const int FeatureSearchSide = 48;

    private static readonly TermCriteria LucasKanadeStop = new(CriteriaTypes.Count | CriteriaTypes.Eps, 20, 0.03);

    private readonly TrackerOptions _options;
    private readonly MedianFlowOptions _flow;
    private List<TrackedObject> _objects = [];
    private Mat? _previous;
    private FlowPyramid? _previousPyramid;
    private TrackingFrame? _previousFrame;
    private Size _previousSize;
    private float _previousScale = 1f;
    private int _frameIndex;

    /// <summary>Creates the tracker.</summary>
    public MedianFlowTracker(TrackerOptions? options = null, MedianFlowOptions? flow = null)
    {
        _options = options ?? TrackerOptions.Default;
        _options.Validate();
        _flow = flow ?? MedianFlowOptions.Default;
        _flow.Validate();
    }

    /// <inheritdoc />
    public string Name => TrackerNames.MedianFlow;

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Objects => _objects;

    /// <inheritdoc />
    public void Initialize(TrackingFrame frame, IReadOnlyList<TrackedObject> objects)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(objects);
        RequireImage(frame);

        // The method keeps no per-object state beyond the box, so a new set only replaces the list.
        _objects = [.. objects];
        Remember(frame);
    }

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Update(TrackingFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        RequireImage(frame);
        var steps = TrackAging.Steps(_frameIndex, frame.Index);

        var moved = PreviousImage is not null && _previousSize == frame.Gray.Size()
            ? Follow(frame)
            : new BoundingBox?[_objects.Count];

        var next = new List<TrackedObject>(_objects.Count);
        for (var i = 0; i < _objects.Count; i++)
        {
            if (moved[i] is { } box)
            {
                next.Add(TrackAging.Followed(_objects[i], box, steps));
            }
            else if (TrackAging.TryMissed(_objects[i], steps, _options, out var missed))
            {
                next.Add(missed);
            }
        }

        _objects = next;
        Remember(frame);
        return _objects;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Forget();
        _previousFrame = null;
    }

    private Mat? PreviousImage => _previousPyramid?.Image ?? _previous;

    private BoundingBox?[] Follow(TrackingFrame frame)
    {
        var previous = PreviousImage!;
        var result = new BoundingBox?[_objects.Count];

        // Seed points for every followed object, remembering which slice of the shared array is whose.
        var points = new List<Point2f>(_objects.Count * _flow.MaxPointsPerObject);
        var slices = new (int Start, int Count)[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            var start = points.Count;
            if (_objects[i].Score >= _options.MinTrackScore)
            {
                Seed(previous, _objects[i].Box.Scale(_previousScale, _previousScale), points);
            }

            slices[i] = (start, points.Count - start);
        }

        if (points.Count == 0)
        {
            return result;
        }

        var before = points.ToArray();
        var (after, forwardStatus, back, backwardStatus) = RoundTrip(previous, frame, before);

        var error = new float[before.Length];
        var tracked = new bool[before.Length];
        for (var k = 0; k < before.Length; k++)
        {
            tracked[k] = forwardStatus[k] != 0 && backwardStatus[k] != 0;
            var ex = back[k].X - before[k].X;
            var ey = back[k].Y - before[k].Y;
            error[k] = MathF.Sqrt((ex * ex) + (ey * ey));
        }

        for (var i = 0; i < _objects.Count; i++)
        {
            var (start, count) = slices[i];
            if (count == 0
                || !FlowEstimate.TryEstimate(
                    before.AsSpan(start, count),
                    after.AsSpan(start, count),
                    error.AsSpan(start, count),
                    tracked.AsSpan(start, count),
                    _flow,
                    out var dx,
                    out var dy,
                    out var scale))
            {
                continue;
            }

            var old = _objects[i].Box.Scale(_previousScale, _previousScale);
            var box = BoundingBox.FromCenter(old.CenterX + dx, old.CenterY + dy, old.Width * scale, old.Height * scale);
            result[i] = box.Scale(1f / frame.Scale, 1f / frame.Scale);
        }

        return result;
    }

    // Lucas-Kanade from the previous frame to this one and back again, on shared pyramids when there are some.
    private (Point2f[] After, byte[] ForwardStatus, Point2f[] Back, byte[] BackwardStatus) RoundTrip(
        Mat previous, TrackingFrame frame, Point2f[] before)
    {
        if (_previousPyramid is { } from)
        {
            var to = frame.AcquirePyramid(_flow.WindowSize, _flow.PyramidLevels);
            try
            {
                var forward = FlowPyramid.Track(from, to, before, _flow.PyramidLevels, LucasKanadeStop, out var forwardStatus);
                var backward = FlowPyramid.Track(to, from, forward, _flow.PyramidLevels, LucasKanadeStop, out var backwardStatus);
                return (forward, forwardStatus, backward, backwardStatus);
            }
            finally
            {
                to.Release();
            }
        }

        var window = new Size(_flow.WindowSize, _flow.WindowSize);
        var after = Array.Empty<Point2f>();
        Cv2.CalcOpticalFlowPyrLK(
            previous, frame.Gray, before, ref after, out var status, out _, window, _flow.PyramidLevels, LucasKanadeStop);
        var back = Array.Empty<Point2f>();
        Cv2.CalcOpticalFlowPyrLK(
            frame.Gray, previous, after, ref back, out var backStatus, out _, window, _flow.PyramidLevels, LucasKanadeStop);
        return (after, status, back, backStatus);
    }

    // Corners inside the box where it has texture; a regular grid over the box where it has too few (small or
    // flat objects), since Lucas-Kanade can still follow the window around a grid point.
    private void Seed(Mat gray, BoundingBox box, List<Point2f> points)
    {
        var clipped = box.Clip(gray.Width, gray.Height);
        var roi = new Rect(
            (int)MathF.Floor(clipped.X1),
            (int)MathF.Floor(clipped.Y1),
            (int)MathF.Ceiling(clipped.X2) - (int)MathF.Floor(clipped.X1),
            (int)MathF.Ceiling(clipped.Y2) - (int)MathF.Floor(clipped.Y1));
        if (roi.Width < 2 || roi.Height < 2)
        {
            return;
        }

        var before = points.Count;
        if (roi.Width >= 8 && roi.Height >= 8)
        {
            // Corner search costs in proportion to the box's area, but a few dozen corners need no more than a
            // 48-pixel view of it: large boxes are searched on a shrunk copy (Lucas-Kanade then refines the
            // points on the full-resolution pyramid anyway).
            using var patch = new Mat(gray, roi);
            var shrink = Math.Min(1.0, FeatureSearchSide / (double)Math.Max(roi.Width, roi.Height));
            using var view = shrink < 1.0 ? new Mat() : patch.Clone();
            if (shrink < 1.0)
            {
                var size = new Size(Math.Max(8, (int)(roi.Width * shrink)), Math.Max(8, (int)(roi.Height * shrink)));
                Cv2.Resize(patch, view, size, 0, 0, InterpolationFlags.Area);
            }

            var sx = roi.Width / (float)view.Width;
            var sy = roi.Height / (float)view.Height;
            var minDistance = Math.Max(2.0, Math.Min(view.Width, view.Height) / 8.0);
            var corners = Cv2.GoodFeaturesToTrack(view, _flow.MaxPointsPerObject, 0.01, minDistance, null!, 3, false, 0.04);
            foreach (var corner in corners)
            {
                points.Add(new Point2f(roi.X + ((corner.X + 0.5f) * sx) - 0.5f, roi.Y + ((corner.Y + 0.5f) * sy) - 0.5f));
            }
        }

        if (points.Count - before >= 2 * _flow.MinPoints)
        {
            return;
        }

        var side = _flow.GridSide;
        for (var gy = 0; gy < side; gy++)
        {
            for (var gx = 0; gx < side; gx++)
            {
                points.Add(new Point2f(
                    clipped.X1 + ((gx + 0.5f) * clipped.Width / side),
                    clipped.Y1 + ((gy + 0.5f) * clipped.Height / side)));
            }
        }
    }

    private void Remember(TrackingFrame frame)
    {
        // The frame loop updates and then re-initialises on the same frame; one copy of it is enough.
        if (!ReferenceEquals(_previousFrame, frame))
        {
            Forget();
            _previousFrame = frame;
            _previousSize = frame.Gray.Size();
            _previousScale = frame.Scale;
            _frameIndex = frame.Index;
        }

        // A frame no object will be followed from needs neither a copy nor a pyramid.
        if (PreviousImage is not null || !_objects.Exists(o => o.Score >= _options.MinTrackScore))
        {
            return;
        }

        if (_flow.SharePyramids)
        {
            _previousPyramid = frame.AcquirePyramid(_flow.WindowSize, _flow.PyramidLevels);
        }
        else
        {
            _previous = frame.Gray.Clone();
        }
    }

    private void Forget()
    {
        _previous?.Dispose();
        _previous = null;
        _previousPyramid?.Release();
        _previousPyramid = null;
    }

    private static void RequireImage(TrackingFrame frame)
    {
        if (!frame.HasImage)
        {
            throw new ArgumentException(
                $"The median-flow tracker needs a gray image, but frame {frame.Index} has none; make frames with TrackingFrame.FromImage.",
                nameof(frame));
        }
    }
}
