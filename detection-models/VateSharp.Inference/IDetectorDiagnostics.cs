// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference;

/// <summary>Measurement hooks the built-in detectors offer, used by the benchmark's micro verb.</summary>
public interface IDetectorDiagnostics
{
    /// <summary>Gets the stage timings of the most recent <see cref="IObjectDetector.Detect"/> call.</summary>
    DetectionTimings LastTimings { get; }

    /// <summary>
    /// Runs the network once more on the input tensor the last <see cref="IObjectDetector.Detect"/> call prepared,
    /// with no pre- or post-processing, so that the bare inference cost can be compared with a full call.
    /// </summary>
    void RunInferenceOnly();
}
