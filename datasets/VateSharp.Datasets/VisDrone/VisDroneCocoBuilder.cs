// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.VisDrone;

/// <summary>
/// Turns VisDrone-layout sequences into one COCO dataset. The rules, which docs/datasets.md states too:
/// <list type="bullet">
/// <item>images get ids 1, 2, ... in sequence order then frame order, so a sequence's ids are consecutive; the
/// file name is <c>sequence/frame-file</c>;</item>
/// <item>boxes keep <c>[left, top, width, height]</c>, area = width × height, annotation ids 1, 2, ... in
/// sequence, frame, then line order;</item>
/// <item>an ignored region (category 0) becomes one crowd box for every category, so no class's detections inside
/// it count as false positives; a class box with score 0 (VisDrone's "not evaluated") becomes a crowd box of its
/// own class;</item>
/// <item>"others" (11) is left out.</item>
/// </list>
/// </summary>
public static class VisDroneCocoBuilder
{
    /// <summary>Builds the dataset.</summary>
    /// <param name="sequences">The sequences, in the order their images should be numbered.</param>
    /// <param name="scheme">How category values become COCO categories.</param>
    /// <returns>The COCO dataset.</returns>
    /// <exception cref="DatasetException">A line names a frame with no image, or an unknown category.</exception>
    public static CocoDataset Build(IReadOnlyList<VisDroneSequenceData> sequences, VisDroneCategoryScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        ArgumentNullException.ThrowIfNull(scheme);

        var images = new List<CocoImage>();
        var annotations = new List<CocoAnnotation>();
        var categories = scheme.Categories;
        foreach (var sequence in sequences)
        {
            var imageByFrame = new Dictionary<int, long>();
            foreach (var frame in sequence.Frames)
            {
                var id = images.Count + 1L;
                var fileName = sequence.Name.Length == 0 ? frame.FileName : $"{sequence.Name}/{frame.FileName}";
                images.Add(new CocoImage(id, fileName, frame.Width, frame.Height));
                imageByFrame.TryAdd(frame.Number, id);
            }

            foreach (var line in sequence.Annotations.OrderBy(a => a.Frame))
            {
                if (!imageByFrame.TryGetValue(line.Frame, out var imageId))
                {
                    throw new DatasetException(
                        $"{sequence.AnnotationFile}:{line.Line}: frame {line.Frame} has no image in sequence " +
                        $"'{sequence.Name}' (its frames are numbered from the image file names).");
                }

                var box = new CocoBox(line.Left, line.Top, line.Width, line.Height);
                switch (scheme.Resolve(line.Category, out var index))
                {
                    case VisDroneCategoryKind.IgnoredRegion:
                        foreach (var category in categories)
                        {
                            Add(annotations, imageId, category.Id, box, crowd: true);
                        }

                        break;
                    case VisDroneCategoryKind.Class:
                        Add(annotations, imageId, categories[index].Id, box, crowd: line.Score == 0);
                        break;
                    case VisDroneCategoryKind.Dropped:
                        break;
                    default:
                        throw new DatasetException(
                            $"{sequence.AnnotationFile}:{line.Line}: category {line.Category} is not one of 0-" +
                            $"{categories.Count + (categories.Count == 10 ? 1 : 0)}.");
                }
            }
        }

        return new CocoDataset(images, [.. categories], annotations);
    }

    private static void Add(List<CocoAnnotation> annotations, long imageId, long categoryId, CocoBox box, bool crowd) =>
        annotations.Add(new CocoAnnotation(annotations.Count + 1L, imageId, categoryId, box, box.Area, crowd));
}
