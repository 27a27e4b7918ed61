// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>A run's COCO scores, overall and per sequence, as written to scores.json.</summary>
/// <param name="Overall">The twelve numbers over every scored frame.</param>
/// <param name="Sequences">The twelve numbers of each sequence alone, in name order.</param>
/// <param name="Images">The ground-truth images scored (the frames the run covered).</param>
/// <param name="Annotations">The ground-truth boxes on those images.</param>
/// <param name="Detections">The detections scored.</param>
/// <param name="IgnoredDetections">Detections of categories the ground truth lacks.</param>
/// <param name="MaxDetections">The detection limits used.</param>
public sealed record RunScores(
    CocoSummary Overall,
    IReadOnlyList<SequenceSummary> Sequences,
    int Images,
    int Annotations,
    int Detections,
    int IgnoredDetections,
    IReadOnlyList<int> MaxDetections);
