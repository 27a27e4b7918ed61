// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Benchmark.Detect;

/// <summary>
/// Maps a detector's class to a results category id. Without ground truth: COCO's official id for COCO-trained
/// models, else class index + 1. With ground truth: by category name, ignoring case, spaces, hyphens and
/// underscores, and accepting PASCAL VOC's spellings for the COCO classes they share (aeroplane, motorbike, sofa,
/// tvmonitor; pottedplant and diningtable match once spaces are ignored).
/// </summary>
internal sealed class CategoryMapping
{
    private static readonly Dictionary<string, string> VocToCoco = new(StringComparer.Ordinal)
    {
        ["aeroplane"] = "airplane",
        ["motorbike"] = "motorcycle",
        ["sofa"] = "couch",
        ["tvmonitor"] = "tv",
    };

    private readonly Dictionary<string, int>? _byName;
    private readonly bool _cocoModel;

    private CategoryMapping(Dictionary<string, int>? byName, bool cocoModel)
    {
        _byName = byName;
        _cocoModel = cocoModel;
    }

    /// <summary>Maps COCO-trained models to COCO category ids, other models to class index + 1.</summary>
    public static CategoryMapping ForCoco(IReadOnlyList<string> classNames) =>
        new(null, classNames.SequenceEqual(CocoClasses.Names, StringComparer.Ordinal));

    /// <summary>Maps detector labels to the categories of a ground-truth file by name.</summary>
    public static CategoryMapping ForCategories(IEnumerable<(int Id, string Name)> categories)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, name) in categories)
        {
            byName.TryAdd(Normalise(name), id);
        }

        return new CategoryMapping(byName, cocoModel: false);
    }

    /// <summary>Returns the category id for a detection, or <see langword="null"/> when the class has no category.</summary>
    public int? Map(int classId, string label)
    {
        if (_byName is null)
        {
            return _cocoModel && classId < CocoClasses.CategoryIds.Count ? CocoClasses.CategoryIds[classId] : classId + 1;
        }

        return _byName.TryGetValue(Normalise(label), out var id) ? id : null;
    }

    private static string Normalise(string name)
    {
        var compact = new string([.. name.ToLowerInvariant().Where(c => c is not (' ' or '-' or '_'))]);
        return VocToCoco.TryGetValue(compact, out var coco) ? coco : compact;
    }
}
