// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Classes;

/// <summary>
/// Names that mean the same class in COCO, PASCAL VOC and VisDrone. Names compare after
/// <see cref="Normalize"/>, so <c>potted plant</c>, <c>potted_plant</c> and <c>pottedplant</c> are one name.
/// </summary>
public static class ClassSynonyms
{
    /// <summary>Gets the groups of equivalent names; within a group the COCO name comes first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
    [
        ["airplane", "aeroplane"],
        ["motorcycle", "motorbike", "motor"],
        ["couch", "sofa"],
        ["potted plant", "pottedplant"],
        ["dining table", "diningtable"],
        ["tv", "tvmonitor", "tv monitor"],
        ["person", "pedestrian"],
        ["bicycle"],
        ["car"],
        ["truck"],
        ["bus"],
    ];

    /// <summary>Lower-cases a name and removes spaces, underscores and hyphens.</summary>
    /// <param name="name">A class name.</param>
    /// <returns>The comparable form.</returns>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        return string.Concat(name.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant));
    }

    /// <summary>Returns the other names of <paramref name="name"/>'s group, in table order (none if it has no group).</summary>
    /// <param name="name">A class name.</param>
    /// <returns>The synonyms, excluding the name itself.</returns>
    public static IEnumerable<string> Of(string name)
    {
        var key = Normalize(name);
        foreach (var group in Groups)
        {
            if (group.Any(n => Normalize(n) == key))
            {
                return group.Where(n => Normalize(n) != key).ToArray();
            }
        }

        return [];
    }
}
