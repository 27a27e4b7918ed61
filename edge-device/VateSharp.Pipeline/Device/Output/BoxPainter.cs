// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using OpenCvSharp;
using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>Draws the boxes on screen into a copy of a frame, for --video-out and --frames-out.</summary>
internal static class BoxPainter
{
    // Boxes this weak are kept for scoring (COCO rewards recall at low scores) but would only clutter a picture.
    private const float MinDrawnScore = 0.3f;

    public static Mat Paint(Mat image, IReadOnlyList<Detection> detections)
    {
        var canvas = image.Clone();
        foreach (var detection in detections)
        {
            if (detection.Score < MinDrawnScore)
            {
                continue;
            }

            var box = detection.Box.Clip(canvas.Width, canvas.Height);
            var colour = ColourOf(detection.ClassId);
            var rect = new Rect((int)box.X1, (int)box.Y1, Math.Max(1, (int)box.Width), Math.Max(1, (int)box.Height));
            Cv2.Rectangle(canvas, rect, colour, 2);
            var text = string.Create(CultureInfo.InvariantCulture, $"{detection.Label} {detection.Score:F2}");
            var origin = new Point(rect.X, Math.Max(12, rect.Y - 4));
            Cv2.PutText(canvas, text, origin, HersheyFonts.HersheySimplex, 0.45, colour, 1, LineTypes.AntiAlias);
        }

        return canvas;
    }

    private static Scalar ColourOf(int classId)
    {
        // A fixed scramble of the class id gives every class its own, stable colour.
        var hash = (uint)(classId + 1) * 2654435761u;
        return new Scalar(64 + (hash & 0xBF), 64 + ((hash >> 8) & 0xBF), 64 + ((hash >> 16) & 0xBF));
    }
}
