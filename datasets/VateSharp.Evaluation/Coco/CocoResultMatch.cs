// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Coco;

/// <summary>The outcome of <see cref="CocoResultMatcher.Match"/>.</summary>
/// <param name="Detections">The detections, now carrying the ground truth's image and category ids.</param>
/// <param name="DroppedDetections">Detections whose image or category has no counterpart in the ground truth.</param>
/// <param name="UnmatchedCategories">The results file's category names that map to no ground-truth category.</param>
public sealed record CocoResultMatch(
    IReadOnlyList<CocoDetection> Detections,
    int DroppedDetections,
    IReadOnlyList<string> UnmatchedCategories);
