// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference;

/// <summary>How long the stages of one <see cref="IObjectDetector.Detect"/> call took.</summary>
/// <param name="Preprocess">Resize, pad and normalise into the input tensor.</param>
/// <param name="Inference">The network itself.</param>
/// <param name="Postprocess">Decoding, suppression and mapping back to image pixels.</param>
public readonly record struct DetectionTimings(TimeSpan Preprocess, TimeSpan Inference, TimeSpan Postprocess)
{
    /// <summary>Gets the sum of the three stages.</summary>
    public TimeSpan Total => Preprocess + Inference + Postprocess;
}
