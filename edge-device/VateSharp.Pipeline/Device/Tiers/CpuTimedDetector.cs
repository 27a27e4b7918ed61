// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Inference;

namespace VateSharp.Pipeline.Device.Tiers;

/// <summary>
/// Adds up the CPU time the calling threads spend inside another detector's <see cref="IObjectDetector.Detect"/>.
/// It is exact when inference runs on the calling thread, which is why tiers in this process default to one
/// inference thread; with more, ONNX Runtime's own pool threads are not counted.
/// </summary>
internal sealed class CpuTimedDetector : IObjectDetector
{
    private readonly IObjectDetector _inner;
    private long _ticks;
    private bool _measured;

    public CpuTimedDetector(IObjectDetector inner) => _inner = inner;

    public DetectorInfo Info => _inner.Info;

    /// <summary>Gets the CPU time spent in detection so far, or <see langword="null"/> where it cannot be measured.</summary>
    public TimeSpan? CpuTime => Volatile.Read(ref _measured) ? TimeSpan.FromTicks(Interlocked.Read(ref _ticks)) : null;

    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null)
    {
        var before = ThreadCpuClock.Now();
        try
        {
            return _inner.Detect(image, options);
        }
        finally
        {
            if (before is { } start && ThreadCpuClock.Now() is { } end)
            {
                Interlocked.Add(ref _ticks, (end - start).Ticks);
                Volatile.Write(ref _measured, true);
            }
        }
    }

    public void Dispose() => _inner.Dispose();
}
