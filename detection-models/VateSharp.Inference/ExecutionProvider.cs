// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference;

/// <summary>Where ONNX Runtime runs a model.</summary>
public enum ExecutionProvider
{
    /// <summary>The CPU (always available).</summary>
    Cpu,

    /// <summary>
    /// An NVIDIA GPU through CUDA. Needs a build with <c>-p:VateGpu=true</c> and CUDA libraries on the machine;
    /// otherwise the detector logs one warning and runs on the CPU.
    /// </summary>
    Cuda,
}
