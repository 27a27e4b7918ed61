// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Tracking.Flow;

namespace VateSharp.Tracking;

/// <summary>
/// What trackers see of one frame: a downscaled 8-bit gray copy, with the factor that maps original-image
/// pixels to its pixels. Boxes stay in original pixels everywhere else. The frame owns <see cref="Gray"/>.
/// </summary>
public sealed class TrackingFrame : IDisposable
{
    private readonly Lock _pyramidLock = new();
    private FlowPyramid? _pyramid;
    private bool _disposed;

    private TrackingFrame(Mat gray, float scale, int index, TimeSpan timestamp, int sourceWidth, int sourceHeight)
    {
        Gray = gray;
        Scale = scale;
        Index = index;
        Timestamp = timestamp;
        SourceWidth = sourceWidth;
        SourceHeight = sourceHeight;
    }

    /// <summary>Gets the gray image (CV_8UC1); empty for frames made by <see cref="WithoutImage"/>.</summary>
    public Mat Gray { get; }

    /// <summary>Gets the gray image's pixels per original pixel (1 when not shrunk).</summary>
    public float Scale { get; }

    /// <summary>Gets the frame's zero-based index within its sequence.</summary>
    public int Index { get; }

    /// <summary>Gets the frame's time from the start of its sequence.</summary>
    public TimeSpan Timestamp { get; }

    /// <summary>Gets the original image's width in pixels.</summary>
    public int SourceWidth { get; }

    /// <summary>Gets the original image's height in pixels.</summary>
    public int SourceHeight { get; }

    /// <summary>Gets a value indicating whether the frame carries an image.</summary>
    public bool HasImage => !Gray.Empty();

    /// <summary>Makes the gray, shrunk copy of a decoded BGR (or already gray) image; the source is not changed.</summary>
    public static TrackingFrame FromImage(Mat image, int index, TimeSpan timestamp, TrackingFrameOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        options ??= TrackingFrameOptions.Default;
        options.Validate();
        if (image.Empty() || (image.Channels() != 1 && image.Channels() != 3 && image.Channels() != 4))
        {
            throw new ArgumentException(
                $"Expected a non-empty 1-, 3- or 4-channel image, but got {image.Width}x{image.Height} with {image.Channels()} channels.",
                nameof(image));
        }

        // Shrinking before the colour conversion touches a third of the pixels; INTER_AREA avoids aliasing
        // that would show up as false corners.
        var scale = image.Width > options.MaxWidth ? options.MaxWidth / (float)image.Width : 1f;
        using var small = new Mat();
        var source = image;
        if (scale < 1f)
        {
            var size = new Size(options.MaxWidth, Math.Max(1, (int)MathF.Round(image.Height * scale)));
            Cv2.Resize(image, small, size, 0, 0, InterpolationFlags.Area);
            source = small;
        }

        var gray = new Mat();
        switch (source.Channels())
        {
            case 1:
                source.CopyTo(gray);
                break;
            case 3:
                Cv2.CvtColor(source, gray, ColorConversionCodes.BGR2GRAY);
                break;
            default:
                Cv2.CvtColor(source, gray, ColorConversionCodes.BGRA2GRAY);
                break;
        }

        return new TrackingFrame(gray, scale, index, timestamp, image.Width, image.Height);
    }

    /// <summary>Makes a frame without an image, for trackers that only need the index (<see cref="TrackerNames.Motion"/>).</summary>
    public static TrackingFrame WithoutImage(int index, TimeSpan timestamp, int sourceWidth, int sourceHeight) =>
        new(new Mat(), 1f, index, timestamp, sourceWidth, sourceHeight);

    /// <summary>Gets a value indicating whether the frame holds a cached Lucas-Kanade pyramid.</summary>
    public bool HasPyramid
    {
        get
        {
            lock (_pyramidLock)
            {
                return _pyramid is not null;
            }
        }
    }

    /// <summary>
    /// Frees the cached Lucas-Kanade pyramid (built by the median-flow tracker on first use) but keeps the frame;
    /// a later tracker that reads the frame builds it again. Trackers that already hold it keep their reference.
    /// </summary>
    public void ReleasePyramid()
    {
        lock (_pyramidLock)
        {
            _pyramid?.Release();
            _pyramid = null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_pyramidLock)
        {
            _disposed = true;
            _pyramid?.Release();
            _pyramid = null;
        }

        Gray.Dispose();
    }

    // The frame's pyramid for this window and depth, built on first use and cached, so that every tracker reading
    // the frame (the frame loop's and each catch-up replay's) shares one; the caller owns the returned reference.
    internal FlowPyramid AcquirePyramid(int window, int levels)
    {
        lock (_pyramidLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_pyramid is not { } cached || cached.Window != window || cached.Levels != levels)
            {
                _pyramid?.Release();
                _pyramid = FlowPyramid.Build(Gray, window, levels);
            }

            return _pyramid.Acquire();
        }
    }
}
