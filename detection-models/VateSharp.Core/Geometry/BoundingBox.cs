// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Geometry;

/// <summary>
/// An axis-aligned box in pixel coordinates, stored as corners: left/top inclusive, right/bottom exclusive
/// in the same sense COCO uses (<c>width = X2 - X1</c>).
/// </summary>
public readonly record struct BoundingBox(float X1, float Y1, float X2, float Y2)
{
    /// <summary>Gets the width, never negative.</summary>
    public float Width => MathF.Max(0f, X2 - X1);

    /// <summary>Gets the height, never negative.</summary>
    public float Height => MathF.Max(0f, Y2 - Y1);

    /// <summary>Gets the area (width times height).</summary>
    public float Area => Width * Height;

    /// <summary>Gets the horizontal centre.</summary>
    public float CenterX => (X1 + X2) * 0.5f;

    /// <summary>Gets the vertical centre.</summary>
    public float CenterY => (Y1 + Y2) * 0.5f;

    /// <summary>Gets a value indicating whether the box has no area.</summary>
    public bool IsEmpty => Width <= 0f || Height <= 0f;

    /// <summary>Creates a box from COCO's <c>[x, y, width, height]</c> form.</summary>
    public static BoundingBox FromXywh(float x, float y, float width, float height) =>
        new(x, y, x + width, y + height);

    /// <summary>Creates a box from its centre and size.</summary>
    public static BoundingBox FromCenter(float cx, float cy, float width, float height) =>
        new(cx - (width * 0.5f), cy - (height * 0.5f), cx + (width * 0.5f), cy + (height * 0.5f));

    /// <summary>Intersection over union with another box; 0 when either box is empty.</summary>
    public float IoU(BoundingBox other)
    {
        var iw = MathF.Min(X2, other.X2) - MathF.Max(X1, other.X1);
        var ih = MathF.Min(Y2, other.Y2) - MathF.Max(Y1, other.Y1);
        if (iw <= 0f || ih <= 0f)
        {
            return 0f;
        }

        var inter = iw * ih;
        var union = Area + other.Area - inter;
        return union <= 0f ? 0f : inter / union;
    }

    /// <summary>Returns the box clipped to <c>[0, width] x [0, height]</c>.</summary>
    public BoundingBox Clip(float width, float height) =>
        new(Math.Clamp(X1, 0f, width), Math.Clamp(Y1, 0f, height), Math.Clamp(X2, 0f, width), Math.Clamp(Y2, 0f, height));

    /// <summary>Returns the box with every coordinate multiplied by the given factors.</summary>
    public BoundingBox Scale(float sx, float sy) => new(X1 * sx, Y1 * sy, X2 * sx, Y2 * sy);

    /// <summary>Returns the box moved by the given offsets.</summary>
    public BoundingBox Translate(float dx, float dy) => new(X1 + dx, Y1 + dy, X2 + dx, Y2 + dy);
}
