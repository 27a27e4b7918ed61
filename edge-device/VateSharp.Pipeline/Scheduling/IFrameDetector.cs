// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Scheduling;

/// <summary>A detector the scheduler can run without blocking the frame loop.</summary>
public interface IFrameDetector
{
    /// <summary>Detects objects in <paramref name="image"/>; the image stays valid until the task completes.</summary>
    Task<IReadOnlyList<Detection>> DetectAsync(Mat image, CancellationToken cancellationToken);
}
