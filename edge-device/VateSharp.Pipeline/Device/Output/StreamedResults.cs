// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>
/// Writes each shown frame's boxes to detections.json as the frame is shown, instead of keeping them for the end:
/// used for videos, cameras and streams, which have no ground truth to score and may run for days. Frames are
/// numbered 1, 2, ... in play order, as <see cref="CocoResultsBuilder"/> numbers them without ground truth.
/// </summary>
internal sealed class StreamedResults(string path) : IShownFrameSink, IDisposable
{
    private readonly CocoResultsStreamWriter _writer = new(path);
    private long _frames;

    public long Count => _writer.Count;

    public void OnFrame(ShownFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);

        var imageId = ++_frames;
        foreach (var detection in frame.Detections)
        {
            _writer.Add(CocoResultsBuilder.InPlayOrder(imageId, detection));
        }
    }

    public void Commit() => _writer.Commit();

    public void Dispose() => _writer.Dispose();
}
