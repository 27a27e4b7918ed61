// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Coco;

/// <summary>A COCO box, <c>[x, y, width, height]</c> in pixels, kept in double precision as JSON gives it.</summary>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">The width.</param>
/// <param name="Height">The height.</param>
public readonly record struct CocoBox(double X, double Y, double Width, double Height)
{
    /// <summary>Gets <c>Width * Height</c>, the area pycocotools gives every detection.</summary>
    public double Area => Width * Height;
}
