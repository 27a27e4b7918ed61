// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>What encoding a sent frame produced, fed back to the policy that chose the encoding.</summary>
/// <param name="JpegQuality">The quality used.</param>
/// <param name="Width">The encoded width in pixels.</param>
/// <param name="Height">The encoded height in pixels.</param>
/// <param name="Bytes">The JPEG's size.</param>
public readonly record struct EncodedFrame(int JpegQuality, int Width, int Height, int Bytes);
