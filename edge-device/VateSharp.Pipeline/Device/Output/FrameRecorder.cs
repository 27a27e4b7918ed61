// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Device.Output;

/// <summary>Keeps every frame's boxes for the outputs written when the run ends.</summary>
internal sealed class FrameRecorder : IShownFrameSink
{
    private readonly List<FrameRecord> _records = [];

    public IReadOnlyList<FrameRecord> Records => _records;

    public void OnFrame(ShownFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        _records.Add(new FrameRecord(frame.Sequence, frame.Frame.Index, frame.FileName, frame.Detections, frame.IsFilled));
    }
}
