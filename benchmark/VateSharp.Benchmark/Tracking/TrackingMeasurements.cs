// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;
using VateSharp.Pipeline.Metrics;
using VateSharp.Tracking;
using VateSharp.Tracking.Flow;

namespace VateSharp.Benchmark.Tracking;

/// <summary>The tracker measurements behind docs/tracking.md.</summary>
public static class TrackingMeasurements
{
    /// <summary>The pseudo-tracker name for boxes that never move (the baseline every tracker must beat).</summary>
    public const string Static = "static";

    /// <summary>Gets or sets the median-flow settings used by every measurement (the defaults unless the verb says otherwise).</summary>
    public static MedianFlowOptions MedianFlow { get; set; } = MedianFlowOptions.Default;

    /// <summary>
    /// Starts a tracker from the true boxes on every <paramref name="stride"/>-th frame and compares its boxes
    /// with the truth <paramref name="horizon"/> frames later, object by object (by target id). The two frames
    /// before the start are given as measurements too, so a motion model has a velocity, as it would in use.
    /// </summary>
    public static AccuracyRow Accuracy(string tracker, IReadOnlyList<LoadedSequence> sequences, int horizon, int stride)
    {
        var ious = new List<double>();
        foreach (var sequence in sequences)
        {
            for (var start = 2; start + horizon < sequence.Frames.Count; start += stride)
            {
                var end = sequence.Truth[start + horizon].ToDictionary(t => t.TargetId, t => t.Box);
                IReadOnlyList<TrackedObject> result;
                if (tracker == Static)
                {
                    result = Objects(sequence.Truth[start]);
                }
                else
                {
                    using var instance = TrackerFactory.Create(tracker, null, MedianFlow);
                    for (var warm = start - 2; warm < start; warm++)
                    {
                        instance.Initialize(sequence.Frames[warm], Objects(sequence.Truth[warm]));
                        instance.Update(sequence.Frames[warm + 1]);
                    }

                    instance.Initialize(sequence.Frames[start], Objects(sequence.Truth[start]));
                    for (var f = start + 1; f <= start + horizon; f++)
                    {
                        instance.Update(sequence.Frames[f]);
                    }

                    result = instance.Objects;
                }

                var byId = result.ToDictionary(o => o.Id);
                foreach (var truth in sequence.Truth[start])
                {
                    if (end.TryGetValue(truth.TargetId, out var later))
                    {
                        ious.Add(byId.TryGetValue(truth.TargetId, out var tracked) ? tracked.Box.IoU(later) : 0.0);
                    }
                }
            }
        }

        return new AccuracyRow(
            tracker, horizon, ious.Count, ious.Count == 0 ? 0 : ious.Average(), ious.Count == 0 ? 0 : ious.Count(v => v >= 0.5) / (double)ious.Count);
    }

    /// <summary>
    /// Times updates with <paramref name="objects"/> boxes per frame: the sequence's true boxes (unless
    /// <paramref name="smallOnly"/>), topped up with random boxes of 24-96 pixels (they cover real image content,
    /// so they cost what real boxes of that size cost). The tracker is re-initialised every
    /// <paramref name="rate"/> frames, as a detection would do.
    /// </summary>
    public static SpeedRow Speed(string tracker, IReadOnlyList<LoadedSequence> sequences, int objects, int rate, int seed, bool smallOnly)
    {
        var random = new Random(seed);
        var updates = new List<double>();
        var initializations = new List<double>();
        var cpu = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        foreach (var sequence in sequences)
        {
            using var instance = TrackerFactory.Create(tracker, null, MedianFlow);
            for (var f = 0; f < sequence.Frames.Count; f++)
            {
                var frame = sequence.Frames[f];
                if (f % rate == 0)
                {
                    var boxes = smallOnly ? [] : Objects(sequence.Truth[f]).Take(objects).ToList();
                    while (boxes.Count < objects)
                    {
                        var w = random.Next(24, 97);
                        var h = random.Next(24, 97);
                        var x = random.Next(0, frame.SourceWidth - w);
                        var y = random.Next(0, frame.SourceHeight - h);
                        boxes.Add(Object(100_000 + boxes.Count, BoundingBox.FromXywh(x, y, w, h), 1));
                    }

                    var started = Stopwatch.GetTimestamp();
                    instance.Initialize(frame, boxes);
                    initializations.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var started = Stopwatch.GetTimestamp();
                    instance.Update(frame);
                    updates.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    process.Refresh();
                    cpu += process.TotalProcessorTime - cpuBefore;
                }
            }
        }

        // The first few calls include JIT compilation and OpenCV's lazy initialisation.
        var steady = updates.Skip(Math.Min(5, updates.Count / 10)).ToList();
        var summary = LatencySummary.Of(steady);
        var first = sequences[0].Frames[0];
        return new SpeedRow(
            tracker, smallOnly ? "random 24-96 px" : "truth + random", objects, first.Gray.Width, first.Gray.Height, summary.MeanMs, summary.P95Ms, cpu.TotalMilliseconds / updates.Count, initializations.Average());
    }

    /// <summary>
    /// Sets the true boxes every <paramref name="rate"/>-th frame (score 1) and tracks between; every frame's
    /// boxes are scored with COCO's evaluation against the dataset's annotations.json. Tracking loss shows as
    /// decayed scores and displaced boxes. Keyframes are ground truth, so this isolates the tracker from
    /// detector errors; it is an upper bound for a real detector.
    /// </summary>
    public static KeyframeRow Keyframes(string tracker, IReadOnlyList<LoadedSequence> sequences, CocoDataset groundTruth, int rate)
    {
        var imageIds = groundTruth.Images.ToDictionary(i => i.FileName, i => i.Id, StringComparer.Ordinal);
        var detections = new List<CocoDetection>();
        foreach (var sequence in sequences)
        {
            using var instance = tracker == Static ? null : TrackerFactory.Create(tracker, null, MedianFlow);
            IReadOnlyList<TrackedObject> shown = [];
            var categories = new Dictionary<int, int>();
            for (var f = 0; f < sequence.Frames.Count; f++)
            {
                if (f % rate == 0)
                {
                    // As in the device loop: the tracker first moves to the frame, then the detection is merged.
                    if (f > 0)
                    {
                        instance?.Update(sequence.Frames[f]);
                    }

                    shown = Objects(sequence.Truth[f]);
                    foreach (var t in sequence.Truth[f])
                    {
                        categories[t.TargetId] = t.CategoryId;
                    }

                    instance?.Initialize(sequence.Frames[f], shown);
                }
                else if (instance is not null)
                {
                    shown = instance.Update(sequence.Frames[f]);
                }

                if (!imageIds.TryGetValue($"{sequence.Name}/{f + 1:0000000}.jpg", out var imageId))
                {
                    continue;
                }

                foreach (var o in shown)
                {
                    var b = o.Box.Clip(sequence.Frames[f].SourceWidth, sequence.Frames[f].SourceHeight);
                    detections.Add(new CocoDetection(imageId, categories[o.Id], new CocoBox(b.X1, b.Y1, b.Width, b.Height), o.Score));
                }
            }
        }

        var names = sequences.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var subset = groundTruth with
        {
            Images = [.. groundTruth.Images.Where(i => names.Contains(i.Sequence))],
        };
        var summary = CocoEvaluator.Evaluate(subset, detections).Summarize();
        return new KeyframeRow(tracker, rate, summary.AP, summary.AP50);
    }

    /// <summary>
    /// Runs a real detector's boxes (<paramref name="detections"/>, one list per sequence and frame, categories
    /// already mapped to the ground truth's ids) every <paramref name="rate"/>-th frame and tracks them between:
    /// the tracker first moves to the keyframe, then the detections replace the tracked set. Every frame's boxes
    /// are scored with COCO's evaluation.
    /// </summary>
    public static KeyframeRow DetectedKeyframes(
        string tracker,
        IReadOnlyList<LoadedSequence> sequences,
        IReadOnlyList<IReadOnlyList<IReadOnlyList<Detection>>> detections,
        CocoDataset groundTruth,
        int rate)
    {
        var imageIds = groundTruth.Images.ToDictionary(i => i.FileName, i => i.Id, StringComparer.Ordinal);
        var results = new List<CocoDetection>();
        for (var s = 0; s < sequences.Count; s++)
        {
            var sequence = sequences[s];
            using var instance = tracker == Static ? null : TrackerFactory.Create(tracker, null, MedianFlow);
            IReadOnlyList<TrackedObject> shown = [];
            var nextId = 1;
            for (var f = 0; f < sequence.Frames.Count; f++)
            {
                var frame = sequence.Frames[f];
                if (f > 0 && instance is not null)
                {
                    shown = instance.Update(frame);
                }

                if (f % rate == 0)
                {
                    shown = [.. detections[s][f].Select(d => TrackedObject.FromDetection(nextId++, d, Tier.Device))];
                    instance?.Initialize(frame, shown);
                }

                if (!imageIds.TryGetValue($"{sequence.Name}/{f + 1:0000000}.jpg", out var imageId))
                {
                    continue;
                }

                foreach (var o in shown)
                {
                    var b = o.Box.Clip(frame.SourceWidth, frame.SourceHeight);
                    results.Add(new CocoDetection(imageId, o.ClassId, new CocoBox(b.X1, b.Y1, b.Width, b.Height), o.Score));
                }
            }
        }

        var names = sequences.Select(q => q.Name).ToHashSet(StringComparer.Ordinal);
        var subset = groundTruth with { Images = [.. groundTruth.Images.Where(i => names.Contains(i.Sequence))] };
        var summary = CocoEvaluator.Evaluate(subset, results).Summarize();
        return new KeyframeRow(tracker, rate, summary.AP, summary.AP50);
    }

    private static List<TrackedObject> Objects(IReadOnlyList<TruthBox> truth) =>
        [.. truth.Select(t => Object(t.TargetId, t.Box, t.CategoryId))];

    private static TrackedObject Object(int id, BoundingBox box, int category) =>
        TrackedObject.FromDetection(id, new Detection(box, category, string.Empty, 1f), Tier.Device);
}
