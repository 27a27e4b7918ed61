// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>One encoding the bandwidth policy may choose.</summary>
/// <param name="JpegQuality">The JPEG quality (1-100).</param>
/// <param name="Scale">The factor on width and height (0-1].</param>
public readonly record struct EncodingRung(int JpegQuality, double Scale);
