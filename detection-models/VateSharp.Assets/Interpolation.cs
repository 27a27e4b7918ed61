// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>The resampling a model's reference pre-processing uses when it resizes.</summary>
public enum Interpolation
{
    /// <summary>Bilinear (OpenCV's INTER_LINEAR).</summary>
    Linear,

    /// <summary>Pixel-area averaging (OpenCV's INTER_AREA).</summary>
    Area,
}
