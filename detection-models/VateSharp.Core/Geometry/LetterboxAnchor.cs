// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Geometry;

/// <summary>Where a letterboxed image sits inside the network input.</summary>
public enum LetterboxAnchor
{
    /// <summary>In the top-left corner, padding only on the right and bottom (YOLOX).</summary>
    TopLeft,

    /// <summary>Centred, padding split between both sides (NanoDet, YOLOv5/v8).</summary>
    Centre,
}
