// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>How an image is fitted to the network input.</summary>
public enum ResizeMode
{
    /// <summary>Plain resize to the input size; the aspect ratio is not kept.</summary>
    Stretch,

    /// <summary>Uniform scale to fit, image in the top-left corner, the rest padded (YOLOX style).</summary>
    LetterboxTopLeft,

    /// <summary>Uniform scale to fit, image centred, padded on both sides.</summary>
    LetterboxCentred,
}
