// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Inference;

namespace VateSharp.Pipeline.Scheduling;

/// <summary>Runs a synchronous <see cref="IObjectDetector"/> on the thread pool.</summary>
public sealed class ThreadPoolDetector : IFrameDetector
{
    private readonly IObjectDetector _detector;
    private readonly PostprocessOptions? _postprocess;

    /// <summary>Wraps <paramref name="detector"/>; <paramref name="postprocess"/> is passed to every call.</summary>
    public ThreadPoolDetector(IObjectDetector detector, PostprocessOptions? postprocess = null)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _detector = detector;
        _postprocess = postprocess;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Detection>> DetectAsync(Mat image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Task.Run(() => _detector.Detect(image, _postprocess), cancellationToken);
    }
}
