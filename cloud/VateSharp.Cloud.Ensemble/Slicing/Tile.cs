// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Cloud.Ensemble.Slicing;

/// <summary>One tile of an image, in pixels.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct Tile(int X, int Y, int Width, int Height);
