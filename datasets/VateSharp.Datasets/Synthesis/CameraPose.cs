// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Synthesis;

/// <summary>Where the simulated camera looks in one frame: a still's point at the frame centre, a scale and a roll.</summary>
/// <param name="CenterX">The still's x shown at the frame centre.</param>
/// <param name="CenterY">The still's y shown at the frame centre.</param>
/// <param name="Scale">Output pixels per still pixel.</param>
/// <param name="AngleDegrees">The roll, counter-clockwise.</param>
public readonly record struct CameraPose(double CenterX, double CenterY, double Scale, double AngleDegrees)
{
    /// <summary>Returns the 2x3 affine matrix from still to output pixels, row-major.</summary>
    /// <param name="width">The output width.</param>
    /// <param name="height">The output height.</param>
    /// <returns><c>[a, b, c, d, e, f]</c> with <c>x' = a x + b y + c</c>, <c>y' = d x + e y + f</c>.</returns>
    public double[] ToAffine(int width, int height)
    {
        var radians = AngleDegrees * Math.PI / 180;
        var cos = Scale * Math.Cos(radians);
        var sin = Scale * Math.Sin(radians);
        return
        [
            cos, -sin, (width / 2.0) - ((cos * CenterX) - (sin * CenterY)),
            sin, cos, (height / 2.0) - ((sin * CenterX) + (cos * CenterY)),
        ];
    }
}
