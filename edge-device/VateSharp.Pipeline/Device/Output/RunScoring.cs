// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>
/// Scores a run as pycocotools would, over the ground-truth images of the frames the run covered (so a run cut
/// short by a frame limit is not charged for frames it never played), overall and per sequence as VATE reports.
/// </summary>
internal static class RunScoring
{
    public static RunScores Score(GroundTruth groundTruth, CocoResultsBuild results, IReadOnlyList<int> maxDetections)
    {
        var covered = results.ScoredImages;
        var dataset = groundTruth.Dataset;
        var subset = new CocoDataset(
            [.. dataset.Images.Where(i => covered.Contains(i.Id))],
            dataset.Categories,
            [.. dataset.Annotations.Where(a => covered.Contains(a.ImageId))]);
        var evaluation = CocoEvaluator.Evaluate(subset, results.Detections, new CocoEvaluationOptions { MaxDetections = maxDetections });
        return new RunScores(
            evaluation.Summarize(),
            evaluation.SummarizeSequences(),
            subset.Images.Count,
            subset.Annotations.Count,
            results.Detections.Count,
            evaluation.IgnoredDetections,
            [.. evaluation.Options.MaxDetections]);
    }
}
