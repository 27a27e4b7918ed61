// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;
using System.Globalization;
using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Device.Running;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>
/// Writes every shown frame with its boxes as <c>DIR/sequence/frame.jpg</c> on its own thread. The images go to a
/// staging folder beside DIR that takes DIR's name only at <see cref="Commit"/>; a failed run leaves nothing.
/// Frames the device never showed are not written (there is no new picture for them).
/// </summary>
internal sealed class FrameImageWriter : IShownFrameSink, IDisposable
{
    private readonly string _folder;
    private readonly string _staging;
    private readonly BlockingCollection<(SharedImage Image, string Name, IReadOnlyList<Detection> Detections)> _queue = new(16);
    private readonly Thread _thread;
    private Exception? _failure;

    public FrameImageWriter(string folder)
    {
        _folder = Path.GetFullPath(folder);
        if (Directory.Exists(_folder) && Directory.EnumerateFileSystemEntries(_folder).Any())
        {
            throw new DeviceRunException($"The frames folder '{folder}' is not empty; give a new or empty folder for --frames-out.");
        }

        _staging = Path.Combine(Path.GetDirectoryName(_folder)!, $".{Path.GetFileName(_folder)}.{Guid.NewGuid():N}.partial");
        Directory.CreateDirectory(_staging);
        _thread = new Thread(Work) { IsBackground = true, Name = "frames-out" };
        _thread.Start();
    }

    public void OnFrame(ShownFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (Volatile.Read(ref _failure) is { } failure)
        {
            throw new DeviceRunException($"Writing frames into '{_folder}' failed: {failure.Message}", failure);
        }

        if (frame.RetainImage() is { } image)
        {
            var name = frame.FileName ?? $"{frame.Sequence}/{(frame.Frame.Index + 1).ToString("0000000", CultureInfo.InvariantCulture)}.jpg";
            _queue.Add((image, name, frame.Detections));
        }
    }

    public void Commit()
    {
        _queue.CompleteAdding();
        _thread.Join();
        if (_failure is { } failure)
        {
            throw new DeviceRunException($"Writing frames into '{_folder}' failed: {failure.Message}", failure);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder);
        }

        Directory.Move(_staging, _folder);
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _thread.Join();
        _queue.Dispose();
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    private void Work()
    {
        foreach (var (image, name, detections) in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                {
                    var path = Path.Combine(_staging, name.Replace('\\', '/'));
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    using var painted = BoxPainter.Paint(image.Image, detections);
                    if (!Cv2.ImWrite(path, painted, new ImageEncodingParam(ImwriteFlags.JpegQuality, 90)))
                    {
                        throw new IOException($"OpenCV could not write '{path}'");
                    }
                }
            }
            catch (Exception ex) when (ex is OpenCVException or IOException or UnauthorizedAccessException)
            {
                Volatile.Write(ref _failure, ex);
            }
            finally
            {
                image.Release();
            }
        }
    }
}
