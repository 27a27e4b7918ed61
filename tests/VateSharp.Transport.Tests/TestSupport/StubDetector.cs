// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Inference;

namespace VateSharp.Transport.Tests.TestSupport;

/// <summary>
/// Stands in for a model in tests of the transport around it: answers one box covering the whole decoded image,
/// so a reply proves which image (and thus which frame) it belongs to. Optional delay and gate.
/// </summary>
internal sealed class StubDetector(Func<TimeSpan>? delay = null, ManualResetEventSlim? gate = null) : IObjectDetector
{
    private int _calls;

    public DetectorInfo Info { get; } = new()
    {
        Name = "stub",
        Family = "stub",
        InputWidth = 64,
        InputHeight = 64,
        ClassNames = ["frame"],
    };

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null)
    {
        Interlocked.Increment(ref _calls);
        gate?.Wait(TimeSpan.FromSeconds(10));
        if (delay?.Invoke() is { } wait && wait > TimeSpan.Zero)
        {
            Thread.Sleep(wait);
        }

        return [new Detection(new BoundingBox(0, 0, image.Width, image.Height), 0, "frame", 0.9f)];
    }

    public void Dispose()
    {
    }
}
