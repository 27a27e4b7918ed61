// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;
using VateSharp.Evaluation.Internal;

namespace VateSharp.Evaluation;

/// <summary>
/// COCO bounding-box evaluation that gives pycocotools' numbers (cocodataset/cocoapi, PythonAPI/pycocotools/
/// cocoeval.py with iouType='bbox'): the images are the ground truth's, the categories are the ground truth's
/// (detections of other categories are left out and counted), matching runs per image and category.
/// </summary>
public static class CocoEvaluator
{
    /// <summary>Runs the per-image evaluation (pycocotools' evaluate()); summaries come from the result.</summary>
    /// <param name="groundTruth">The ground truth; its images are the evaluated set.</param>
    /// <param name="detections">The detections, in results-file order (the order breaks score ties).</param>
    /// <param name="options">The parameters; <see cref="CocoEvaluationOptions.Default"/> when omitted.</param>
    /// <returns>The per-image results, ready to accumulate and summarize.</returns>
    /// <exception cref="CocoFormatException">A detection names an image the ground truth does not have.</exception>
    public static CocoEvaluation Evaluate(
        CocoDataset groundTruth,
        IReadOnlyList<CocoDetection> detections,
        CocoEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groundTruth);
        ArgumentNullException.ThrowIfNull(detections);
        options ??= CocoEvaluationOptions.Default;
        options.Validate();

        // pycocotools sorts maxDets, imgIds and catIds (np.unique) before evaluating.
        options = new CocoEvaluationOptions
        {
            MaxDetections = [.. options.MaxDetections.Order()],
            IouThresholds = options.IouThresholds,
            RecallThresholds = options.RecallThresholds,
            AreaRanges = options.AreaRanges,
        };
        var images = groundTruth.Images.DistinctBy(i => i.Id).OrderBy(i => i.Id).ToArray();
        var categories = groundTruth.Categories.DistinctBy(c => c.Id).OrderBy(c => c.Id).ToArray();
        var imageIndex = Index(images.Select(i => i.Id));
        var categoryIndex = Index(categories.Select(c => c.Id));

        var gt = new BoxTable(groundTruth.Annotations.Count);
        var gtCount = 0;
        var groundTruthPerCategory = new int[categories.Length];
        foreach (var annotation in groundTruth.Annotations)
        {
            if (imageIndex.TryGetValue(annotation.ImageId, out var image)
                && categoryIndex.TryGetValue(annotation.CategoryId, out var category))
            {
                Add(gt, gtCount++, image, category, images.Length, annotation.Bbox, annotation.Area, annotation.Id, 0);
                gt.Crowd[gtCount - 1] = annotation.IsCrowd;
                groundTruthPerCategory[category]++;
            }
        }

        var dt = new BoxTable(detections.Count);
        var dtCount = 0;
        var detectionsPerCategory = new int[categories.Length];
        for (var i = 0; i < detections.Count; i++)
        {
            var detection = detections[i];
            if (!imageIndex.TryGetValue(detection.ImageId, out var image))
            {
                throw new CocoFormatException(
                    $"Detection {i} refers to image id {detection.ImageId}, which the ground truth does not contain; " +
                    "results must use the ground truth's image ids (pycocotools rejects them too).");
            }

            // Detections of a category the ground truth lacks are not evaluated, as in pycocotools.
            if (categoryIndex.TryGetValue(detection.CategoryId, out var category))
            {
                // Result ids are 1-based positions in the results list, as loadRes assigns them.
                var box = detection.Bbox;
                Add(dt, dtCount++, image, category, images.Length, box, box.Area, i + 1L, detection.Score);
                detectionsPerCategory[category]++;
            }
        }

        var groups = EvaluateGroups(gt, gtCount, dt, dtCount, options, images.Length);
        return new CocoEvaluation(
            options,
            images,
            categories,
            groups,
            detections.Count - dtCount,
            groundTruthPerCategory,
            detectionsPerCategory);
    }

    private static Dictionary<long, int> Index(IEnumerable<long> ids)
    {
        var index = new Dictionary<long, int>();
        foreach (var id in ids)
        {
            index[id] = index.Count;
        }

        return index;
    }

    private static void Add(
        BoxTable table, int row, int image, int category, int imageCount, CocoBox box, double area, long id, double score)
    {
        table.X[row] = box.X;
        table.Y[row] = box.Y;
        table.W[row] = box.Width;
        table.H[row] = box.Height;
        table.Area[row] = area;
        table.Id[row] = id;
        table.Score[row] = score;
        table.GroupKey[row] = ((long)category * imageCount) + image;
    }

    private static EvaluatedGroup[] EvaluateGroups(
        BoxTable gt, int gtCount, BoxTable dt, int dtCount, CocoEvaluationOptions options, int imageCount)
    {
        var gtOrder = gt.OrderByGroup(gtCount);
        var dtOrder = dt.OrderByGroup(dtCount);

        // Walk both sorted lists together: each distinct key with a gt or a detection is one group, in
        // category-major, image-minor order (the order of pycocotools' evalImgs for one area range).
        var ranges = new List<(long Key, int GtStart, int GtEnd, int DtStart, int DtEnd)>();
        int gi = 0, di = 0;
        while (gi < gtCount || di < dtCount)
        {
            var key = Math.Min(
                gi < gtCount ? gt.GroupKey[gtOrder[gi]] : long.MaxValue,
                di < dtCount ? dt.GroupKey[dtOrder[di]] : long.MaxValue);
            int gs = gi, ds = di;
            while (gi < gtCount && gt.GroupKey[gtOrder[gi]] == key)
            {
                gi++;
            }

            while (di < dtCount && dt.GroupKey[dtOrder[di]] == key)
            {
                di++;
            }

            ranges.Add((key, gs, gi, ds, di));
        }

        var matcher = new GroupMatcher(gt, dt, options, options.MaxDetections[^1]);
        var groups = new EvaluatedGroup[ranges.Count];
        Parallel.For(0, ranges.Count, i =>
        {
            var (key, gs, ge, ds, de) = ranges[i];
            groups[i] = matcher.Evaluate(
                (int)(key / imageCount),
                (int)(key % imageCount),
                gtOrder.AsSpan(gs, ge - gs),
                dtOrder.AsSpan(ds, de - ds));
        });
        return groups;
    }
}
