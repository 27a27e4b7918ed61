// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;

namespace VateSharp.Evaluation;

/// <summary>The twelve COCO numbers for one category alone.</summary>
/// <param name="Category">The category.</param>
/// <param name="GroundTruth">Its ground-truth boxes on evaluated images, crowd regions included.</param>
/// <param name="Detections">Its detections before the per-image limit.</param>
/// <param name="Summary">The numbers; −1 where the category has no ground truth in that area range.</param>
public sealed record CategorySummary(CocoCategory Category, int GroundTruth, int Detections, CocoSummary Summary);
