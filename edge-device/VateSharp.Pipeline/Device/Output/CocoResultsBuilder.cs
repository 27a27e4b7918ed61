// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Classes;
using VateSharp.Core.Detections;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>
/// Turns what was on screen into COCO results. With ground truth, image ids come from it by file name and classes
/// map to its categories by name (<see cref="ClassMapper"/>); frames and classes it lacks are left out and counted.
/// Without, images are numbered 1, 2, ... in play order and classes keep COCO's category ids.
/// </summary>
internal static class CocoResultsBuilder
{
    // Labels beyond COCO's 80 (user models) get ids clear of COCO's 1-90.
    private const int FirstExtraCategoryId = 1000;

    public static CocoResultsBuild Build(
        IReadOnlyList<FrameRecord> records,
        IReadOnlyList<string> labels,
        GroundTruth? groundTruth,
        IReadOnlyDictionary<string, string?>? classMap)
    {
        var detections = new List<CocoDetection>();
        var scoredImages = new HashSet<long>();
        var unannotatedFrames = 0;
        if (groundTruth is null)
        {
            for (var i = 0; i < records.Count; i++)
            {
                foreach (var detection in records[i].Detections)
                {
                    detections.Add(InPlayOrder(i + 1, detection));
                }
            }

            return new CocoResultsBuild(detections, scoredImages, 0, 0, []);
        }

        var categories = groundTruth.Dataset.Categories;
        var mapper = ClassMapper.Create(labels, [.. categories.Select(c => c.Name)], classMap);
        long unmapped = 0;
        foreach (var record in records)
        {
            if (!groundTruth.TryFind(record.FileName, out var imageId))
            {
                unannotatedFrames++;
                continue;
            }

            // A frame seen twice (a glob naming a sequence twice) is scored once, as first shown.
            if (!scoredImages.Add(imageId))
            {
                continue;
            }

            foreach (var detection in record.Detections)
            {
                if (mapper.TryMap(detection.ClassId, out var target))
                {
                    detections.Add(ToCoco(imageId, categories[target].Id, detection));
                }
                else
                {
                    unmapped++;
                }
            }
        }

        var unmappedLabels = records.SelectMany(r => r.Detections).Select(d => d.ClassId).Distinct()
            .Where(id => !mapper.TryMap(id, out _)).Select(id => labels[id]).Order(StringComparer.Ordinal).ToArray();
        return new CocoResultsBuild(detections, scoredImages, unannotatedFrames, unmapped, unmappedLabels);
    }

    /// <summary>A detection of the <paramref name="imageId"/>-th frame shown, under COCO's category ids (no ground truth).</summary>
    public static CocoDetection InPlayOrder(long imageId, Detection detection)
    {
        var category = detection.ClassId < CocoClasses.CategoryIds.Count
            ? CocoClasses.CategoryIds[detection.ClassId]
            : FirstExtraCategoryId + detection.ClassId;
        return ToCoco(imageId, category, detection);
    }

    private static CocoDetection ToCoco(long imageId, long categoryId, Detection detection)
    {
        var box = detection.Box;

        // Three decimals keep the file small; pycocotools' IoU does not notice a thousandth of a pixel.
        return new CocoDetection(
            imageId,
            categoryId,
            new CocoBox(Math.Round(box.X1, 3), Math.Round(box.Y1, 3), Math.Round(box.Width, 3), Math.Round(box.Height, 3)),
            Math.Round(detection.Score, 5));
    }
}
