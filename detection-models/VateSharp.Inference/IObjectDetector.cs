// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;

namespace VateSharp.Inference;

/// <summary>
/// Image in, boxes out. Implementations own their inference session, created once and reused.
/// </summary>
public interface IObjectDetector : IDisposable
{
    /// <summary>Gets what the detector runs: name, family, input size and class names.</summary>
    DetectorInfo Info { get; }

    /// <summary>
    /// Detects objects in a BGR image (as OpenCV decodes it). Boxes come back in the pixels of <paramref name="image"/>.
    /// </summary>
    /// <param name="image">An 8-bit, 3-channel BGR image.</param>
    /// <param name="options">Thresholds for this call; <see langword="null"/> uses the detector's own.</param>
    IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null);
}
