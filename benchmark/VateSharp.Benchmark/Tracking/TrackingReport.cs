// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Tracking;

/// <summary>How well a tracker kept ground-truth boxes over <paramref name="Horizon"/> frames.</summary>
/// <param name="Tracker">The tracker name, or <c>static</c> for boxes left where they started.</param>
/// <param name="Horizon">Frames tracked.</param>
/// <param name="Pairs">Object/start-frame pairs measured.</param>
/// <param name="MeanIoU">Mean IoU between tracked and true box after the horizon.</param>
/// <param name="SuccessRate">Share of pairs with IoU at least 0.5.</param>
public sealed record AccuracyRow(string Tracker, int Horizon, int Pairs, double MeanIoU, double SuccessRate);

/// <summary>What a tracker cost per frame.</summary>
/// <param name="Tracker">The tracker name.</param>
/// <param name="Boxes">Which boxes: the data's true boxes topped up with random ones, or random small ones only.</param>
/// <param name="Objects">Boxes followed per frame.</param>
/// <param name="Width">Width of the gray frames tracked on.</param>
/// <param name="Height">Height of the gray frames tracked on.</param>
/// <param name="UpdateMeanMs">Mean time of one update (all objects, one frame).</param>
/// <param name="UpdateP95Ms">95th percentile of the update time.</param>
/// <param name="UpdateCpuMs">Process CPU time per update (all threads; less sensitive to other load than wall time).</param>
/// <param name="InitializeMeanMs">Mean time of one initialize (all objects).</param>
public sealed record SpeedRow(string Tracker, string Boxes, int Objects, int Width, int Height, double UpdateMeanMs, double UpdateP95Ms, double UpdateCpuMs, double InitializeMeanMs);

/// <summary>COCO scores of "boxes from ground truth every N-th frame, tracked between".</summary>
/// <param name="Tracker">The tracker name, or <c>static</c> for boxes held still between keyframes.</param>
/// <param name="Rate">N.</param>
/// <param name="AP">COCO AP@[.5:.95].</param>
/// <param name="AP50">COCO AP@.5.</param>
public sealed record KeyframeRow(string Tracker, int Rate, double AP, double AP50);

/// <summary>Everything the <c>tracking</c> verb measured.</summary>
public sealed record TrackingReport(
    string Data,
    int Sequences,
    int Frames,
    double DecodeAndShrinkMsPerFrame,
    string Machine,
    IReadOnlyList<AccuracyRow> Accuracy,
    IReadOnlyList<SpeedRow> Speed,
    IReadOnlyList<KeyframeRow> Keyframes)
{
    /// <summary>Gets the detector whose keyframes <see cref="DetectedKeyframes"/> used, if any.</summary>
    public string? Detector { get; init; }

    /// <summary>Gets the COCO scores of real detections every N-th frame, tracked between (empty without a detector).</summary>
    public IReadOnlyList<KeyframeRow> DetectedKeyframes { get; init; } = [];
}
