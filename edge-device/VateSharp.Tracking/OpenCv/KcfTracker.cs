// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using OpenCvSharp.Tracking;
using VateSharp.Core.Geometry;

namespace VateSharp.Tracking.OpenCv;

/// <summary>
/// One OpenCV KCF tracker (kernelized correlation filter, Henriques et al. 2015) per object, the closest
/// relative of VATE's MOSSE that this OpenCV build ships (MOSSE lives in the legacy contrib module, which it
/// lacks). Like MOSSE it keeps the box size fixed, so boxes do not follow zoom. Boxes under 4 pixels a side
/// on the gray frame are too small for a filter and are kept where they are. OpenCV's KCF fails on its second
/// update when given a one-channel image (its feature compression is left with no channels), so the gray frame
/// is expanded to three identical channels once per frame.
/// </summary>
public sealed class KcfTracker : ITracker
{
    private const int MinSide = 4;

    private readonly TrackerOptions _options;
    private readonly Dictionary<int, Entry> _filters = [];
    private List<TrackedObject> _objects = [];
    private readonly Mat _expanded = new();
    private TrackingFrame? _expandedFrom;
    private int _frameIndex;

    /// <summary>Creates the tracker.</summary>
    public KcfTracker(TrackerOptions? options = null)
    {
        _options = options ?? TrackerOptions.Default;
        _options.Validate();
    }

    /// <inheritdoc />
    public string Name => TrackerNames.Kcf;

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Objects => _objects;

    /// <inheritdoc />
    public void Initialize(TrackingFrame frame, IReadOnlyList<TrackedObject> objects)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(objects);
        RequireImage(frame);

        var kept = new Dictionary<int, Entry>(objects.Count);
        foreach (var tracked in objects)
        {
            if (tracked.Score < _options.MinTrackScore)
            {
                continue;
            }

            // Training a filter costs about as much as a dozen updates, so a carried (unconfirmed) box whose
            // filter was updated on this very frame keeps it.
            if (_filters.Remove(tracked.Id, out var entry))
            {
                if (frame.Index == _frameIndex && tracked.FramesSinceConfirmed > 0 && entry.Box == tracked.Box)
                {
                    kept[tracked.Id] = entry;
                    continue;
                }

                entry.Filter.Dispose();
            }

            if (TryStart(frame, tracked.Box, out var started))
            {
                kept[tracked.Id] = started;
            }
        }

        DisposeAll();
        foreach (var (id, entry) in kept)
        {
            _filters[id] = entry;
        }

        _objects = [.. objects];
        _frameIndex = frame.Index;
    }

    /// <inheritdoc />
    public IReadOnlyList<TrackedObject> Update(TrackingFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        RequireImage(frame);
        var steps = TrackAging.Steps(_frameIndex, frame.Index);

        var next = new List<TrackedObject>(_objects.Count);
        foreach (var tracked in _objects)
        {
            if (_filters.TryGetValue(tracked.Id, out var entry))
            {
                var rect = default(Rect);
                if (entry.Filter.Update(Expanded(frame), ref rect))
                {
                    var box = new BoundingBox(rect.Left, rect.Top, rect.Right, rect.Bottom).Scale(1f / frame.Scale, 1f / frame.Scale);
                    _filters[tracked.Id] = entry with { Box = box };
                    next.Add(TrackAging.Followed(tracked, box, steps));
                    continue;
                }

                // KCF does not recover reliably once its peak response drops; stop updating this one.
                entry.Filter.Dispose();
                _filters.Remove(tracked.Id);
            }

            if (TrackAging.TryMissed(tracked, steps, _options, out var missed))
            {
                next.Add(missed);
            }
        }

        _objects = next;
        _frameIndex = frame.Index;
        return _objects;
    }

    private Mat Expanded(TrackingFrame frame)
    {
        if (!ReferenceEquals(_expandedFrom, frame))
        {
            Cv2.CvtColor(frame.Gray, _expanded, ColorConversionCodes.GRAY2BGR);
            _expandedFrom = frame;
        }

        return _expanded;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        DisposeAll();
        _expanded.Dispose();
    }

    private bool TryStart(TrackingFrame frame, BoundingBox box, out Entry entry)
    {
        entry = default;
        var scaled = box.Scale(frame.Scale, frame.Scale).Clip(frame.Gray.Width, frame.Gray.Height);
        var rect = new Rect((int)scaled.X1, (int)scaled.Y1, (int)scaled.Width, (int)scaled.Height);
        if (rect.Width < MinSide || rect.Height < MinSide)
        {
            return false;
        }

        // OpenCV's defaults; on a one-channel frame KCF switches its colour-name features off by itself.
        var filter = TrackerKCF.Create();
        filter.Init(Expanded(frame), rect);
        entry = new Entry(filter, box);
        return true;
    }

    private void DisposeAll()
    {
        foreach (var entry in _filters.Values)
        {
            entry.Filter.Dispose();
        }

        _filters.Clear();
    }

    private static void RequireImage(TrackingFrame frame)
    {
        if (!frame.HasImage)
        {
            throw new ArgumentException(
                $"The KCF tracker needs a gray image, but frame {frame.Index} has none; make frames with TrackingFrame.FromImage.",
                nameof(frame));
        }
    }

    private readonly record struct Entry(TrackerKCF Filter, BoundingBox Box);
}
