// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;

namespace VateSharp.Datasets.Sources;

/// <summary>
/// Frames read through OpenCV's VideoCapture (FFmpeg) from a video file, a camera or a stream URL, on the caller's
/// thread. Live captures are normally wrapped in <see cref="NewestFrameSource"/> by <see cref="FrameSourceFactory"/>
/// so that a slow consumer never makes the device queue up old frames.
/// </summary>
public sealed class VideoCaptureSource : IFrameSource
{
    // OpenCV's CAP_PROP_OPEN_TIMEOUT_MSEC and CAP_PROP_READ_TIMEOUT_MSEC (OpenCV 4.5.2 and later), which
    // OpenCvSharp's VideoCaptureProperties does not name.
    private const int OpenTimeoutProperty = 53;
    private const int ReadTimeoutProperty = 54;

    private readonly VideoCapture _capture;
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly string _sourceName;
    private int _index;

    private VideoCaptureSource(
        VideoCapture capture, string description, string sourceName, bool isLive, TimeProvider time)
    {
        _capture = capture;
        _time = time;
        _start = time.GetTimestamp();
        _sourceName = sourceName;
        Description = description;
        IsLive = isLive;
        var fps = capture.Get(VideoCaptureProperties.Fps);
        FramesPerSecond = fps is > 0 and < 1000 ? fps : null;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public bool IsLive { get; }

    /// <inheritdoc />
    public double? FramesPerSecond { get; }

    /// <inheritdoc />
    public int SkippedFrames => 0;

    /// <summary>Opens a video file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options (the clock).</param>
    /// <returns>The source.</returns>
    /// <exception cref="DatasetException">The file is missing or FFmpeg cannot open it.</exception>
    public static VideoCaptureSource OpenFile(string path, FrameSourceOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        if (!File.Exists(path))
        {
            throw new DatasetException($"The video file '{path}' does not exist; check the path.");
        }

        var capture = Open(
            () => new VideoCapture(path, VideoCaptureAPIs.ANY),
            $"'{path}' could not be opened as a video; check that it is a video file FFmpeg can read.");
        var time = (options ?? FrameSourceOptions.Default).TimeProvider;
        return new VideoCaptureSource(capture, path, Path.GetFileNameWithoutExtension(path), false, time);
    }

    /// <summary>Opens a camera by its index (0 is the first V4L2 device).</summary>
    /// <param name="index">The camera index.</param>
    /// <param name="options">Options (the clock).</param>
    /// <returns>The source.</returns>
    /// <exception cref="DatasetException">No camera with that index can be opened.</exception>
    public static VideoCaptureSource OpenCamera(int index, FrameSourceOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);

        var capture = Open(
            () => new VideoCapture(index),
            $"Camera {index} could not be opened; check that the device exists (/dev/video{index}) and is free.");
        var time = (options ?? FrameSourceOptions.Default).TimeProvider;
        return new VideoCaptureSource(capture, $"camera {index}", $"camera{index}", true, time);
    }

    /// <summary>Opens a network stream (RTSP, HTTP, ...) through FFmpeg.</summary>
    /// <param name="url">The stream URL.</param>
    /// <param name="options">Options (the clock).</param>
    /// <returns>The source.</returns>
    /// <exception cref="DatasetException">The stream cannot be opened.</exception>
    public static VideoCaptureSource OpenStream(string url, FrameSourceOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);

        // FFmpeg waits for a silent server indefinitely unless told otherwise. Half the stall timeout lets a hung
        // read fail, and the capture be reopened, before the consumer would give the stream up.
        options ??= FrameSourceOptions.Default;
        var timeout = (int)Math.Clamp(options.LiveStallTimeout.TotalMilliseconds / 2, 1, int.MaxValue);
        int[] parameters = [OpenTimeoutProperty, timeout, ReadTimeoutProperty, timeout];
        var capture = Open(
            () => new VideoCapture(url, VideoCaptureAPIs.FFMPEG, parameters),
            $"The stream '{url}' could not be opened; check the URL and that the server is reachable.");
        var name = Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? (uri.Host + uri.AbsolutePath).Replace('/', '_').TrimEnd('_')
            : "stream";
        return new VideoCaptureSource(capture, url, name, true, options.TimeProvider);
    }

    /// <inheritdoc />
    public bool TryRead(out Frame? frame, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var image = new Mat();
        if (!_capture.Read(image) || image.Empty())
        {
            image.Dispose();
            frame = null;
            return false;
        }

        var index = _index++;
        frame = new Frame
        {
            Image = image,
            SourceName = _sourceName,
            Index = index,
            Timestamp = IsLive
                ? _time.GetElapsedTime(_start)
                : TimeSpan.FromSeconds(FramesPerSecond is { } fps ? index / fps : 0),
            IsFirstOfSequence = index == 0,
        };
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _capture.Dispose();

    private static VideoCapture Open(Func<VideoCapture> open, string failure)
    {
        VideoCapture? capture = null;
        try
        {
            capture = open();
            if (capture.IsOpened())
            {
                return capture;
            }
        }
        catch (OpenCVException ex)
        {
            capture?.Dispose();
            throw new DatasetException(failure, ex);
        }

        capture.Dispose();
        throw new DatasetException(failure);
    }
}
