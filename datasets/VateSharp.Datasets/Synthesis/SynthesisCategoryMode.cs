// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Synthesis;

/// <summary>Which categories synthesized sequences carry.</summary>
public enum SynthesisCategoryMode
{
    /// <summary>
    /// The source dataset's own categories (VOC or COCO names and ids): the category column holds the 1-based
    /// position in <c>categories.json</c>, and the COCO JSON uses the source categories.
    /// </summary>
    Source,

    /// <summary>VisDrone's ten classes through <see cref="VisDrone.CocoToVisDroneClasses"/>; other classes are dropped.</summary>
    VisDrone,
}
