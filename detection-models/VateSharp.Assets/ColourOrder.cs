// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>The channel order a network expects.</summary>
public enum ColourOrder
{
    /// <summary>Blue, green, red: the order OpenCV decodes images in.</summary>
    Bgr,

    /// <summary>Red, green, blue.</summary>
    Rgb,
}
