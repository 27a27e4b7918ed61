// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Inference.Decoding;

namespace VateSharp.Inference;

/// <summary>
/// What a runtime (ONNX Runtime, OpenCV DNN) adds to <see cref="DetectionStages"/>: running the network on the
/// shared input tensor and releasing its own resources. Every call comes under the stages' lock.
/// </summary>
internal interface IDetectorNetwork
{
    /// <summary>Runs the network and returns its outputs, in the model's output order, ready to decode.</summary>
    IReadOnlyList<OutputTensor> RunAndReadOutputs();

    /// <summary>Runs the network and leaves the outputs wherever the runtime put them.</summary>
    void RunOnly();

    /// <summary>Releases the runtime's resources; called once, by the stages' dispose.</summary>
    void Release();
}
