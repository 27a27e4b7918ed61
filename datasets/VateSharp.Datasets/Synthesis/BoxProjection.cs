// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Synthesis;

/// <summary>Carries a ground-truth box through the camera's affine transform into an output frame.</summary>
public static class BoxProjection
{
    /// <summary>
    /// Transforms the box's four corners, takes their axis-aligned hull, clips it to the frame and rounds it to
    /// whole pixels (VisDrone files hold integers).
    /// </summary>
    /// <param name="affine">The 2x3 still-to-output matrix, row-major.</param>
    /// <param name="box">The box in still pixels.</param>
    /// <param name="width">The frame width.</param>
    /// <param name="height">The frame height.</param>
    /// <param name="minVisibleFraction">The least share of the hull's area that must lie in the frame.</param>
    /// <param name="projected">The clipped, rounded box.</param>
    /// <param name="truncated">Whether clipping cut part of the hull away.</param>
    /// <returns><see langword="false"/> when the box is mostly out of view or rounds to nothing.</returns>
    public static bool TryProject(
        ReadOnlySpan<double> affine,
        CocoBox box,
        int width,
        int height,
        double minVisibleFraction,
        out CocoBox projected,
        out bool truncated)
    {
        if (affine.Length != 6)
        {
            throw new ArgumentException($"The affine matrix needs 6 values (2x3), got {affine.Length}.", nameof(affine));
        }

        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        Span<double> xs = [box.X, box.X + box.Width, box.X, box.X + box.Width];
        Span<double> ys = [box.Y, box.Y, box.Y + box.Height, box.Y + box.Height];
        for (var i = 0; i < 4; i++)
        {
            var x = (affine[0] * xs[i]) + (affine[1] * ys[i]) + affine[2];
            var y = (affine[3] * xs[i]) + (affine[4] * ys[i]) + affine[5];
            minX = Math.Min(minX, x);
            maxX = Math.Max(maxX, x);
            minY = Math.Min(minY, y);
            maxY = Math.Max(maxY, y);
        }

        var hullArea = (maxX - minX) * (maxY - minY);
        double x1 = Math.Clamp(minX, 0, width), x2 = Math.Clamp(maxX, 0, width);
        double y1 = Math.Clamp(minY, 0, height), y2 = Math.Clamp(maxY, 0, height);
        var visible = hullArea > 0 ? (x2 - x1) * (y2 - y1) / hullArea : 0;
        truncated = visible < 1;
        double left = Math.Round(x1), top = Math.Round(y1), right = Math.Round(x2), bottom = Math.Round(y2);
        projected = new CocoBox(left, top, right - left, bottom - top);
        return hullArea > 0 && visible >= minVisibleFraction && projected.Width >= 1 && projected.Height >= 1;
    }
}
