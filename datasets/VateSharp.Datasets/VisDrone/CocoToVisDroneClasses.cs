// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Classes;

namespace VateSharp.Datasets.VisDrone;

/// <summary>
/// The COCO and VOC classes that have a VisDrone counterpart: person → pedestrian (1), bicycle → bicycle (3),
/// car → car (4), truck → truck (6), bus → bus (9), motorcycle/motorbike → motor (10). Names compare after
/// <see cref="ClassSynonyms.Normalize"/>.
/// </summary>
public static class CocoToVisDroneClasses
{
    private static readonly Dictionary<string, int> Table = new(StringComparer.Ordinal)
    {
        ["person"] = 1,
        ["pedestrian"] = 1,
        ["bicycle"] = 3,
        ["car"] = 4,
        ["truck"] = 6,
        ["bus"] = 9,
        ["motorcycle"] = 10,
        ["motorbike"] = 10,
        ["motor"] = 10,
    };

    /// <summary>Looks up the VisDrone category value of a COCO or VOC class name.</summary>
    /// <param name="name">The class name.</param>
    /// <param name="visDroneValue">The VisDrone value (1-10).</param>
    /// <returns><see langword="false"/> for classes VisDrone does not have.</returns>
    public static bool TryMap(string name, out int visDroneValue)
    {
        ArgumentNullException.ThrowIfNull(name);

        return Table.TryGetValue(ClassSynonyms.Normalize(name), out visDroneValue);
    }
}
