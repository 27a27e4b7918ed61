// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Classes;

namespace VateSharp.Evaluation.Coco;

/// <summary>
/// Gives detections from a results file that numbered its own images and categories the ground truth's ids:
/// images by <c>file_name</c> (or, when that fails, by the name without folders if it is unique), categories by
/// name through <see cref="ClassMapper"/> (so <c>aeroplane</c> finds <c>airplane</c>).
/// </summary>
public static class CocoResultMatcher
{
    /// <summary>Re-identifies the detections of <paramref name="results"/> against <paramref name="groundTruth"/>.</summary>
    /// <param name="results">Results with their own <c>images</c> and <c>categories</c>.</param>
    /// <param name="groundTruth">The ground truth whose ids the detections should carry.</param>
    /// <returns>The re-identified detections and what was dropped.</returns>
    public static CocoResultMatch Match(CocoResults results, CocoDataset groundTruth)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(groundTruth);
        if (!results.HasOwnIds)
        {
            throw new ArgumentException(
                "The results carry no images and categories of their own, so their ids are already the ground " +
                "truth's; evaluate them directly.",
                nameof(results));
        }

        var imageMap = MapImages(results.Images!, groundTruth.Images);
        var categoryNames = results.Categories!.Select(c => c.Name).ToArray();
        var mapper = ClassMapper.Create(categoryNames, [.. groundTruth.Categories.Select(c => c.Name)]);
        var categoryMap = new Dictionary<long, long>();
        for (var i = 0; i < categoryNames.Length; i++)
        {
            if (mapper.TryMap(i, out var target))
            {
                categoryMap.TryAdd(results.Categories![i].Id, groundTruth.Categories[target].Id);
            }
        }

        var detections = new List<CocoDetection>(results.Detections.Count);
        var dropped = 0;
        foreach (var detection in results.Detections)
        {
            if (imageMap.TryGetValue(detection.ImageId, out var image)
                && categoryMap.TryGetValue(detection.CategoryId, out var category))
            {
                detections.Add(detection with { ImageId = image, CategoryId = category });
            }
            else
            {
                dropped++;
            }
        }

        return new CocoResultMatch(detections, dropped, mapper.UnmappedSourceNames);
    }

    private static Dictionary<long, long> MapImages(IReadOnlyList<CocoImage> own, IReadOnlyList<CocoImage> truth)
    {
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        var byBaseName = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (var image in truth)
        {
            byName.TryAdd(Normalize(image.FileName), image.Id);
            var baseName = Path.GetFileName(Normalize(image.FileName));

            // A base name shared by two ground-truth images is ambiguous and must not match either.
            byBaseName[baseName] = byBaseName.ContainsKey(baseName) ? null : image.Id;
        }

        var map = new Dictionary<long, long>();
        foreach (var image in own)
        {
            var name = Normalize(image.FileName);
            if (byName.TryGetValue(name, out var id))
            {
                map.TryAdd(image.Id, id);
            }
            else if (byBaseName.TryGetValue(Path.GetFileName(name), out var baseId) && baseId is { } found)
            {
                map.TryAdd(image.Id, found);
            }
        }

        return map;
    }

    private static string Normalize(string fileName) => fileName.Replace('\\', '/');
}
