// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json.Nodes;
using VateSharp.Evaluation;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>
/// Writes scores.json: <c>overall</c> and each of <c>sequences</c> carry pycocotools' twelve numbers under the keys
/// AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs, ARm, ARl (−1 where nothing could be measured; AR1, AR10
/// and AR100 are recall at the first, second and third detection limit, whatever <c>maxDetections</c> says).
/// </summary>
internal static class ScoresDocument
{
    public const int SchemaVersion = 1;

    public static string Write(RunScores scores, string annotations)
    {
        var sequences = new JsonObject();
        foreach (var sequence in scores.Sequences)
        {
            var entry = Numbers(sequence.Summary);
            entry.Insert(0, "images", sequence.Images);
            sequences[sequence.Sequence] = entry;
        }

        var root = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["annotations"] = Path.GetFullPath(annotations),
            ["maxDetections"] = new JsonArray([.. scores.MaxDetections.Select(m => (JsonNode)m)]),
            ["images"] = scores.Images,
            ["annotationsScored"] = scores.Annotations,
            ["detections"] = scores.Detections,
            ["ignoredDetections"] = scores.IgnoredDetections,
            ["overall"] = Numbers(scores.Overall),
            ["sequences"] = sequences,
        };
        return JsonOutput.Write(root);
    }

    private static JsonObject Numbers(CocoSummary summary)
    {
        var numbers = new JsonObject();
        var values = summary.Values;
        for (var i = 0; i < CocoSummary.Keys.Count; i++)
        {
            numbers[CocoSummary.Keys[i]] = JsonOutput.Round(values[i], 6);
        }

        return numbers;
    }
}
