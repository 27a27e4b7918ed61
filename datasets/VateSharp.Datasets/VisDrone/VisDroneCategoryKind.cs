// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.VisDrone;

/// <summary>What a category column value means under a <see cref="VisDroneCategoryScheme"/>.</summary>
public enum VisDroneCategoryKind
{
    /// <summary>An evaluated class.</summary>
    Class,

    /// <summary>An ignored region (value 0): becomes a crowd box of every category.</summary>
    IgnoredRegion,

    /// <summary>VisDrone's "others" (11): not evaluated, left out.</summary>
    Dropped,

    /// <summary>A value the scheme does not know: an error.</summary>
    Unknown,
}
