// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using OpenCvSharp;
using VateSharp.Cli;
using VateSharp.Core.Detections;

namespace VateSharp.Benchmark.Detect;

/// <summary>Draws detections (box, label and score) onto a copy of an image and saves it as JPEG atomically.</summary>
internal static class AnnotatedImageWriter
{
    public static void Write(Mat image, IReadOnlyList<Detection> detections, float minScore, string path)
    {
        using var canvas = image.Clone();
        foreach (var d in detections.Where(d => d.Score >= minScore).OrderBy(d => d.Score))
        {
            var colour = ColourFor(d.ClassId);
            var topLeft = new Point((int)d.Box.X1, (int)d.Box.Y1);
            Cv2.Rectangle(canvas, topLeft, new Point((int)d.Box.X2, (int)d.Box.Y2), colour, 2);

            var text = string.Create(CultureInfo.InvariantCulture, $"{d.Label} {d.Score:0.00}");
            var size = Cv2.GetTextSize(text, HersheyFonts.HersheySimplex, 0.5, 1, out var baseline);
            var labelTop = Math.Max(topLeft.Y - size.Height - baseline, 0);
            Cv2.Rectangle(canvas, new Rect(topLeft.X, labelTop, size.Width, size.Height + baseline), colour, -1);
            Cv2.PutText(canvas, text, new Point(topLeft.X, labelTop + size.Height), HersheyFonts.HersheySimplex, 0.5, Scalar.White, 1, LineTypes.AntiAlias);
        }

        AtomicFile.WriteViaTempPath(path, temp =>
        {
            if (!Cv2.ImWrite(temp, canvas, [new ImageEncodingParam(ImwriteFlags.JpegQuality, 90)]))
            {
                throw new IOException($"OpenCV could not write {path}");
            }
        });
    }

    // A fixed, well-spread colour per class (golden-ratio hue steps) so that one class looks the same everywhere.
    private static Scalar ColourFor(int classId)
    {
        var hue = (classId * 0.618034) % 1.0;
        using var hsv = new Mat(1, 1, MatType.CV_8UC3, new Scalar(hue * 180, 200, 230));
        using var bgr = new Mat();
        Cv2.CvtColor(hsv, bgr, ColorConversionCodes.HSV2BGR);
        var p = bgr.At<Vec3b>(0, 0);
        return new Scalar(p.Item0, p.Item1, p.Item2);
    }
}
