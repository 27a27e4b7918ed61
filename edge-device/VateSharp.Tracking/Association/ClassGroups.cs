// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking.Association;

/// <summary>
/// Sets of class labels that detectors confuse for the same object (compared without regard to case). Tiers
/// may number classes differently, so labels, not ids, decide.
/// </summary>
public sealed class ClassGroups
{
    private readonly Dictionary<string, int> _groupOf = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the groups; a label may belong to one group only.</summary>
    public ClassGroups(IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var index = 0;
        foreach (var group in groups)
        {
            foreach (var label in group)
            {
                if (!_groupOf.TryAdd(label, index))
                {
                    throw new ArgumentException(
                        $"The label '{label}' is in two groups; put each label in one group only.", nameof(groups));
                }
            }

            index++;
        }
    }

    /// <summary>
    /// Gets the default groups: four-wheeled vehicles (car, van, truck, bus), people (person, pedestrian, people)
    /// and two- and three-wheelers (bicycle, motorcycle, motor, tricycle, awning-tricycle), covering COCO's and
    /// VisDrone's names.
    /// </summary>
    public static ClassGroups Default { get; } = new(
    [
        ["car", "van", "truck", "bus"],
        ["person", "pedestrian", "people"],
        ["bicycle", "motorcycle", "motor", "tricycle", "awning-tricycle"],
    ]);

    /// <summary>Gets groups that make no two different labels compatible.</summary>
    public static ClassGroups None { get; } = new([]);

    /// <summary>Returns whether two different labels belong to the same group.</summary>
    public bool AreCompatible(string a, string b) =>
        _groupOf.TryGetValue(a, out var ga) && _groupOf.TryGetValue(b, out var gb) && ga == gb;
}
