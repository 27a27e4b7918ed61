// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Device.Output;

/// <summary>Turns shown frames into <see cref="DeviceProgress"/> reports.</summary>
internal sealed class ProgressSink(IProgress<DeviceProgress> progress, long? totalFrames, int? sequences) : IShownFrameSink
{
    private long _frames;

    public void OnFrame(ShownFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        _frames++;
        progress.Report(new DeviceProgress(_frames, totalFrames, frame.Sequence, frame.SequenceNumber, sequences));
    }
}
