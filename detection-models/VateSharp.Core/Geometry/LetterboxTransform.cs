// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Geometry;

/// <summary>
/// Maps between original-image pixels and network-input pixels: <c>input = source * scale + pad</c>. Covers a
/// plain stretch (independent scales, no pad) and a letterbox (one scale, image anchored top-left or centred).
/// </summary>
/// <param name="ScaleX">Horizontal factor from source to input pixels.</param>
/// <param name="ScaleY">Vertical factor from source to input pixels.</param>
/// <param name="PadX">Left padding in input pixels.</param>
/// <param name="PadY">Top padding in input pixels.</param>
/// <param name="ResizedWidth">Width of the resized image inside the input.</param>
/// <param name="ResizedHeight">Height of the resized image inside the input.</param>
public readonly record struct LetterboxTransform(
    float ScaleX, float ScaleY, float PadX, float PadY, int ResizedWidth, int ResizedHeight)
{
    /// <summary>A plain resize of a <paramref name="sourceWidth"/> x <paramref name="sourceHeight"/> image to the input size.</summary>
    public static LetterboxTransform Stretch(int sourceWidth, int sourceHeight, int inputWidth, int inputHeight)
    {
        CheckSizes(sourceWidth, sourceHeight, inputWidth, inputHeight);

        return new LetterboxTransform(
            (float)inputWidth / sourceWidth, (float)inputHeight / sourceHeight, 0f, 0f, inputWidth, inputHeight);
    }

    /// <summary>
    /// A uniform scale <c>r = min(inputWidth / sourceWidth, inputHeight / sourceHeight)</c>; the resized size is
    /// truncated to whole pixels and, when centred, the padding before the image is <c>floor((input - resized) / 2)</c>,
    /// as the YOLOX and NanoDet reference pre-processing do.
    /// </summary>
    public static LetterboxTransform Fit(
        int sourceWidth, int sourceHeight, int inputWidth, int inputHeight, LetterboxAnchor anchor)
    {
        CheckSizes(sourceWidth, sourceHeight, inputWidth, inputHeight);

        var r = Math.Min((double)inputWidth / sourceWidth, (double)inputHeight / sourceHeight);

        // The tiny epsilon keeps an exact fit (for example 640 * 0.65 = 416) from truncating to one pixel less.
        var width = Math.Clamp((int)((sourceWidth * r) + 1e-6), 1, inputWidth);
        var height = Math.Clamp((int)((sourceHeight * r) + 1e-6), 1, inputHeight);
        var padX = anchor == LetterboxAnchor.Centre ? (inputWidth - width) / 2 : 0;
        var padY = anchor == LetterboxAnchor.Centre ? (inputHeight - height) / 2 : 0;
        return new LetterboxTransform((float)r, (float)r, padX, padY, width, height);
    }

    /// <summary>Maps a box from source pixels into input pixels.</summary>
    public BoundingBox ToInput(BoundingBox box) =>
        new((box.X1 * ScaleX) + PadX, (box.Y1 * ScaleY) + PadY, (box.X2 * ScaleX) + PadX, (box.Y2 * ScaleY) + PadY);

    /// <summary>Maps a box from input pixels back into source pixels (no clipping).</summary>
    public BoundingBox ToSource(BoundingBox box) =>
        new((box.X1 - PadX) / ScaleX, (box.Y1 - PadY) / ScaleY, (box.X2 - PadX) / ScaleX, (box.Y2 - PadY) / ScaleY);

    private static void CheckSizes(int sourceWidth, int sourceHeight, int inputWidth, int inputHeight)
    {
        if (sourceWidth <= 0 || sourceHeight <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sourceWidth), $"The source image must have a positive size, but it is {sourceWidth}x{sourceHeight}.");
        }

        if (inputWidth <= 0 || inputHeight <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(inputWidth), $"The network input must have a positive size, but it is {inputWidth}x{inputHeight}.");
        }
    }
}
