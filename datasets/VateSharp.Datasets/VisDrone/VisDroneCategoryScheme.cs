// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.VisDrone;

/// <summary>
/// How the category column of a VisDrone-layout file becomes COCO categories: VisDrone's ten classes (value 1-10,
/// "others" = 11 dropped), or a source dataset's classes from a <see cref="SourceCategoryFile"/> (value v = the
/// v-th). In both, value 0 is an ignored region.
/// </summary>
public sealed class VisDroneCategoryScheme
{
    private readonly bool _visDrone;

    private VisDroneCategoryScheme(IReadOnlyList<CocoCategory> categories, bool visDrone)
    {
        Categories = categories;
        _visDrone = visDrone;
    }

    /// <summary>Gets the COCO categories, in column order.</summary>
    public IReadOnlyList<CocoCategory> Categories { get; }

    /// <summary>VisDrone's ten classes with the given numbering.</summary>
    /// <param name="ids">The COCO id numbering.</param>
    /// <returns>The scheme.</returns>
    public static VisDroneCategoryScheme VisDrone(CategoryIdScheme ids)
    {
        var offset = ids == CategoryIdScheme.Vate ? -1 : 0;
        return new VisDroneCategoryScheme(
            [.. VisDroneCategories.ClassNames.Select((name, i) => new CocoCategory(i + 1 + offset, name))], visDrone: true);
    }

    /// <summary>A source dataset's classes (the synthesizer's output).</summary>
    /// <param name="categories">The categories; column value = position + 1.</param>
    /// <returns>The scheme.</returns>
    public static VisDroneCategoryScheme Source(IReadOnlyList<CocoCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);

        return new VisDroneCategoryScheme(categories, visDrone: false);
    }

    /// <summary>Resolves a column value.</summary>
    /// <param name="value">The category column.</param>
    /// <param name="categoryIndex">The category's position in <see cref="Categories"/> for a class value.</param>
    /// <returns>What the value means.</returns>
    public VisDroneCategoryKind Resolve(int value, out int categoryIndex)
    {
        categoryIndex = value - 1;
        if (value == VisDroneCategories.IgnoredRegion)
        {
            return VisDroneCategoryKind.IgnoredRegion;
        }

        if (_visDrone && value == VisDroneCategories.Others)
        {
            return VisDroneCategoryKind.Dropped;
        }

        return value >= 1 && value <= Categories.Count ? VisDroneCategoryKind.Class : VisDroneCategoryKind.Unknown;
    }
}
