// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;
using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Device.Running;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>
/// Records what the device showed into an MP4 (mp4v) on its own thread: each frame with its boxes, and for a frame
/// the device never showed, the previous picture again, so the video keeps the source's timing. The file is written
/// under a temporary name and appears only at <see cref="Commit"/>; a failed run leaves nothing.
/// </summary>
internal sealed class VideoRecorder : IShownFrameSink, IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly double _framesPerSecond;
    private readonly BlockingCollection<(SharedImage? Image, IReadOnlyList<Detection> Detections)> _queue = new(16);
    private readonly Thread _thread;
    private VideoWriter? _writer;
    private Mat? _last;
    private Size _size;
    private Exception? _failure;
    private bool _committed;

    public VideoRecorder(string path, double framesPerSecond)
    {
        _path = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(_path)!;
        Directory.CreateDirectory(folder);
        _temporary = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(_path)}.{Guid.NewGuid():N}.tmp{Path.GetExtension(_path)}");
        _framesPerSecond = framesPerSecond;
        _thread = new Thread(Work) { IsBackground = true, Name = "video-out" };
        _thread.Start();
    }

    public void OnFrame(ShownFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (Volatile.Read(ref _failure) is { } failure)
        {
            throw new DeviceRunException($"Writing the video '{_path}' failed: {failure.Message}", failure);
        }

        _queue.Add((frame.RetainImage(), frame.Detections));
    }

    /// <summary>Finishes the file and gives it its name.</summary>
    public void Commit()
    {
        _queue.CompleteAdding();
        _thread.Join();
        if (_failure is { } failure)
        {
            throw new DeviceRunException($"Writing the video '{_path}' failed: {failure.Message}", failure);
        }

        _writer?.Release();
        if (!File.Exists(_temporary))
        {
            throw new DeviceRunException($"No frame was recorded into '{_path}'; the input had no frames to show.");
        }

        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _thread.Join();
        _writer?.Dispose();
        _last?.Dispose();
        _queue.Dispose();
        if (!_committed && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }

    private void Work()
    {
        foreach (var (image, detections) in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                {
                    Write(image, detections);
                }
            }
            catch (Exception ex) when (ex is OpenCVException or IOException or DeviceRunException)
            {
                Volatile.Write(ref _failure, ex);
            }
            finally
            {
                image?.Release();
            }
        }
    }

    private void Write(SharedImage? image, IReadOnlyList<Detection> detections)
    {
        if (image is not null)
        {
            _last?.Dispose();
            _last = BoxPainter.Paint(image.Image, detections);
        }

        if (_last is null)
        {
            return;
        }

        if (_writer is null)
        {
            _size = new Size(_last.Width, _last.Height);
            _writer = new VideoWriter(_temporary, FourCC.MP4V, _framesPerSecond, _size);
            if (!_writer.IsOpened())
            {
                throw new DeviceRunException($"OpenCV cannot write MP4 (mp4v) files to '{_temporary}'; check the folder, or use --frames-out.");
            }
        }

        if (_last.Width == _size.Width && _last.Height == _size.Height)
        {
            _writer.Write(_last);
            return;
        }

        // Sequences of other sizes are scaled to the first one's: one video has one size.
        using var resized = new Mat();
        Cv2.Resize(_last, resized, _size);
        _writer.Write(resized);
    }
}
