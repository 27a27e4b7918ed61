// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.VisDrone;

/// <summary>One image of a sequence.</summary>
/// <param name="Number">The frame number annotations refer to (from the file name, 1-based in VisDrone).</param>
/// <param name="FileName">The file name within the sequence folder, for example <c>0000001.jpg</c>.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
public readonly record struct VisDroneFrame(int Number, string FileName, int Width, int Height);
