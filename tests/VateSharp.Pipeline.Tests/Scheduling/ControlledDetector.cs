// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Scheduling;
using VateSharp.Pipeline.Tests.Support;

namespace VateSharp.Pipeline.Tests.Scheduling;

/// <summary>
/// A stand-in detector whose latency is counted in frames: a request made on frame s completes when the test
/// says frame s + latency has begun, or earlier when the loop blocks on it (time passes while the device
/// waits). Its one box carries the request's frame index in its left edge, so tests can tell results apart.
/// </summary>
internal sealed class ControlledDetector(int latencyFrames) : IFrameDetector
{
    private readonly List<(int Frame, TaskCompletionSource<IReadOnlyList<Detection>> Done)> _pending = [];
    private int _currentFrame;

    public List<int> Requested { get; } = [];

    public Task<IReadOnlyList<Detection>> DetectAsync(Mat image, CancellationToken cancellationToken)
    {
        Assert.False(image.IsDisposed);
        Requested.Add(_currentFrame);
        var done = new TaskCompletionSource<IReadOnlyList<Detection>>();
        _pending.Add((_currentFrame, done));
        if (latencyFrames == 0)
        {
            CompleteOldest();
        }

        return done.Task;
    }

    /// <summary>Frame <paramref name="frame"/> begins: completes every request that is due by then.</summary>
    public void BeginFrame(int frame)
    {
        _currentFrame = frame;
        while (_pending.Count > 0 && _pending[0].Frame + latencyFrames <= frame)
        {
            CompleteOldest();
        }
    }

    /// <summary>The loop is blocked: time passes until the oldest request is done.</summary>
    public void CompleteOldest()
    {
        var (frame, done) = _pending[0];
        _pending.RemoveAt(0);
        done.SetResult([Objects.Detection(frame, 0, frame + 10, 10)]);
    }

    public bool HasPending => _pending.Count > 0;
}
