// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.VisDrone;

/// <summary>How the ten VisDrone classes are numbered in COCO JSON.</summary>
public enum CategoryIdScheme
{
    /// <summary>VATE's numbering: COCO id = VisDrone value − 1 (pedestrian 0 ... motor 9).</summary>
    Vate,

    /// <summary>VisDrone's own numbering: COCO id = VisDrone value (pedestrian 1 ... motor 10).</summary>
    OneBased,
}
