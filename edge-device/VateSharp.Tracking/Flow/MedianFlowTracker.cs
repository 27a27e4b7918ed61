// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Geometry;

namespace VateSharp.Tracking.Flow;

/// <summary>
/// Follows each box by sparse optical flow of its contents: corners inside the box (or a grid where there are
/// too few) are tracked with pyramidal Lucas-Kanade to the next frame and back, points that do not return are
/// discarded, and the box moves by the median displacement and scales by the median change of distances
/// between point pairs. All objects share one Lucas-Kanade call per direction, and every frame's image pyramid is
/// built once, cached on the <see cref="TrackingFrame"/>, and read by both directions, by the corner search and by
/// every tracker that steps through the frame (catch-up replays).
/// </summary>
public sealed class MedianFlowTracker : ITracker
{
    private const int FeatureSearchSide = 48;

    private static readonly TermCriteria LucasKanadeStop = new(CriteriaTypes.Count | CriteriaTypes.Eps, 20, 0.03);

    private readonly TrackerOptions _options;
    private readonly MedianFlowOptions _flow;
    private List<TrackedObject> _objects = [];
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

        var moved = _previousPyramid is not null && _previousSize == frame.Gray.Size()
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

    private BoundingBox?[] Follow(TrackingFrame frame)
    {
        var previous = _previousPyramid!;
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
        Point2f[] after, back;
        byte[] forwardStatus, backwardStatus;
        var next = frame.AcquirePyramid(_flow.WindowSize, _flow.PyramidLevels);
        try
        {
            after = FlowPyramid.Track(previous, next, before, _flow.PyramidLevels, LucasKanadeStop, out forwardStatus);
            back = FlowPyramid.Track(next, previous, after, _flow.PyramidLevels, LucasKanadeStop, out backwardStatus);
        }
        finally
        {
            next.Release();
        }

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

    // Corners inside the box where it has texture; a regular grid over the box where it has too few (small or
    // flat objects), since Lucas-Kanade can still follow the window around a grid point.
    private void Seed(FlowPyramid pyramid, BoundingBox box, List<Point2f> points)
    {
        var gray = pyramid.Image;
        var clipped = box.Clip(gray.Width, gray.Height);
        if (clipped.Width < 2 || clipped.Height < 2)
        {
            return;
        }

        var before = points.Count;
        var roi = new Rect(
            (int)MathF.Floor(clipped.X1),
            (int)MathF.Floor(clipped.Y1),
            (int)MathF.Ceiling(clipped.X2) - (int)MathF.Floor(clipped.X1),
            (int)MathF.Ceiling(clipped.Y2) - (int)MathF.Floor(clipped.Y1));
        if (roi.Width >= 8 && roi.Height >= 8)
        {
            // Corner search costs in proportion to the box's area, but a few dozen corners need no more than a
            // 48-pixel view of it: large boxes are searched on a copy shrunk by pixel-area averaging (Lucas-Kanade
            // then refines the points on the full-resolution pyramid). Searching the flow pyramid's own levels
            // instead saves the resize but finds other corners and scored lower (docs/tracking.md).
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

        var grid = _flow.GridSide;
        for (var gy = 0; gy < grid; gy++)
        {
            for (var gx = 0; gx < grid; gx++)
            {
                points.Add(new Point2f(
                    clipped.X1 + ((gx + 0.5f) * clipped.Width / grid),
                    clipped.Y1 + ((gy + 0.5f) * clipped.Height / grid)));
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

        // A frame no object will be followed from needs no pyramid.
        if (_previousPyramid is null && _objects.Exists(o => o.Score >= _options.MinTrackScore))
        {
            _previousPyramid = frame.AcquirePyramid(_flow.WindowSize, _flow.PyramidLevels);
        }
    }

    private void Forget()
    {
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
