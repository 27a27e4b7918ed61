// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Inference;

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>A real detector that answers late, as a slow or distant tier would.</summary>
internal sealed class DelayedDetector(IObjectDetector inner, TimeSpan delay) : IObjectDetector
{
    public DetectorInfo Info => inner.Info;

    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null)
    {
        var detections = inner.Detect(image, options);
        Thread.Sleep(delay);
        return detections;
    }

    public void Dispose() => inner.Dispose();
}
