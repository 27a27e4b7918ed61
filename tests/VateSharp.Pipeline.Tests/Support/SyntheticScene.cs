// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Geometry;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Tests.Support;

/// <summary>
/// Textured rectangles moving (and growing) over a textured still background, rendered into BGR images, with
/// their exact boxes on every frame. Tests of the code around trackers need motion with known truth, nothing more.
/// </summary>
internal sealed class SyntheticScene : IDisposable
{
    private readonly Mat _background;
    private readonly List<(BoundingBox Start, float Vx, float Vy, float Growth, Mat Texture)> _objects = [];
    private readonly Random _random;

    public SyntheticScene(int width = 320, int height = 240, int seed = 7)
    {
        Width = width;
        Height = height;
        _random = new Random(seed);
        _background = Texture(width, height, 60, 140);
    }

    public int Width { get; }

    public int Height { get; }

    public int Count => _objects.Count;

    /// <summary>Adds an object starting at <paramref name="start"/>, moving by (vx, vy) and scaling by growth per frame.</summary>
    public int Add(BoundingBox start, float vx, float vy, float growth = 1f)
    {
        _objects.Add((start, vx, vy, growth, Texture((int)start.Width, (int)start.Height, 0, 255)));
        return _objects.Count - 1;
    }

    public BoundingBox BoxAt(int id, int frame)
    {
        var (start, vx, vy, growth, _) = _objects[id];
        var factor = MathF.Pow(growth, frame);
        return BoundingBox.FromCenter(
            start.CenterX + (vx * frame), start.CenterY + (vy * frame), start.Width * factor, start.Height * factor);
    }

    public Mat Render(int frame)
    {
        var image = _background.Clone();
        for (var id = 0; id < _objects.Count; id++)
        {
            var box = BoxAt(id, frame);
            var rect = new Rect((int)MathF.Round(box.X1), (int)MathF.Round(box.Y1), (int)MathF.Round(box.Width), (int)MathF.Round(box.Height));
            var visible = rect.Intersect(new Rect(0, 0, Width, Height));
            if (visible.Width <= 0 || visible.Height <= 0)
            {
                continue;
            }

            using var scaled = new Mat();
            Cv2.Resize(_objects[id].Texture, scaled, rect.Size, 0, 0, InterpolationFlags.Linear);
            using var source = new Mat(scaled, new Rect(visible.X - rect.X, visible.Y - rect.Y, visible.Width, visible.Height));
            using var target = new Mat(image, visible);
            source.CopyTo(target);
        }

        return image;
    }

    public TrackingFrame Frame(int frame, TrackingFrameOptions? options = null)
    {
        using var image = Render(frame);
        return TrackingFrame.FromImage(image, frame, TimeSpan.FromSeconds(frame / 25.0), options);
    }

    public void Dispose()
    {
        _background.Dispose();
        foreach (var entry in _objects)
        {
            entry.Texture.Dispose();
        }
    }

    // Blurred noise: corners everywhere at a scale Lucas-Kanade can follow.
    private Mat Texture(int width, int height, int low, int high)
    {
        using var gray = new Mat(Math.Max(1, height), Math.Max(1, width), MatType.CV_8UC1);
        var bytes = new byte[gray.Rows * gray.Cols];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)_random.Next(low, high);
        }

        gray.SetArray(bytes);
        Cv2.GaussianBlur(gray, gray, new Size(5, 5), 1.2);
        var noise = new Mat();
        Cv2.CvtColor(gray, noise, ColorConversionCodes.GRAY2BGR);
        return noise;
    }
}
