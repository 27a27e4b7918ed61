// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.VisDrone;

/// <summary>VisDrone's category column: 0 ignored region, 1-10 the evaluated classes, 11 others.</summary>
public static class VisDroneCategories
{
    /// <summary>The value of an ignored region.</summary>
    public const int IgnoredRegion = 0;

    /// <summary>The value of "others", which VisDrone does not evaluate.</summary>
    public const int Others = 11;

    /// <summary>Gets the names of values 0-11.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "ignored regions", "pedestrian", "people", "bicycle", "car", "van", "truck", "tricycle", "awning-tricycle",
        "bus", "motor", "others",
    ];

    /// <summary>Gets the ten evaluated class names, index = VisDrone value − 1.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = [.. Names.Skip(1).Take(10)];
}
