// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Tests.Evaluation;

/// <summary>
/// A hand-built evaluation case from Cases/*.json: ground truth, results, detection limits and the twelve numbers
/// pycocotools (cocodataset/cocoapi 8c9bcc3, numpy 1.24) printed for them.
/// </summary>
internal sealed record EvaluationCase(
    string Description,
    CocoDataset GroundTruth,
    IReadOnlyList<CocoDetection> Detections,
    IReadOnlyList<int> MaxDetections,
    IReadOnlyList<double> Expected)
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "crowd-regions", "max-dets-truncation", "max-dets-vate", "area-ranges", "score-ties", "score-ties-reordered",
        "empty-images", "category-only-in-detections", "iou-ties-and-edges", "crowd-and-regular-overlap",
    ];

    public static EvaluationCase Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Cases", name + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return new EvaluationCase(
            root.GetProperty("description").GetString()!,
            CocoJsonReader.ParseDataset(root.GetProperty("groundTruth").GetRawText(), name),
            CocoJsonReader.ParseResults(root.GetProperty("results").GetRawText(), name).Detections,
            [.. root.GetProperty("maxDets").EnumerateArray().Select(e => e.GetInt32())],
            [.. root.GetProperty("expected").EnumerateArray().Select(e => e.GetDouble())]);
    }
}
