// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Inference.Decoding;
using VateSharp.Inference.Preprocessing;

namespace VateSharp.Inference.Onnx;

/// <summary>
/// A detector on ONNX Runtime: one session, created once; one pinned input tensor and, when the model's output
/// shapes are static, pinned output tensors bound to the session, all reused by every call.
/// </summary>
/// <remarks>
/// Thread-safe: <see cref="Detect"/> calls are serialised by a lock because they share the tensors; run one
/// detector per thread to detect in parallel.
/// </remarks>
public sealed class OnnxDetector : IObjectDetector, IDetectorDiagnostics, IDetectorNetwork
{
    private readonly DetectionStages _stages;
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly OrtValue[] _inputValues;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly OutputTensor[] _outputs;
    private readonly OrtValue[]? _boundOutputs;
    private readonly float[][] _outputBuffers;

    internal OnnxDetector(
        InferenceSession session,
        DetectorInfo info,
        string inputName,
        PreprocessSettings preprocess,
        IOutputDecoder decoder,
        PostprocessOptions defaults,
        IReadOnlyList<int[]> outputShapes)
    {
        _session = session;
        Info = info;
        _stages = new DetectionStages(this, info, preprocess, decoder, defaults);

        // Pinned arrays (the stages' input, the bound outputs): ONNX Runtime reads and writes them in place for the
        // detector's whole life.
        _inputNames = [inputName];
        _inputValues = [OrtValue.CreateTensorValueFromMemory(_stages.Input, [1, 3, preprocess.InputHeight, preprocess.InputWidth])];
        _outputNames = [.. session.OutputMetadata.Keys];
        _outputs = new OutputTensor[_outputNames.Length];
        _outputBuffers = new float[_outputNames.Length][];

        var allStatic = outputShapes.All(s => s.All(d => d > 0));
        if (allStatic)
        {
            _boundOutputs = new OrtValue[_outputNames.Length];
            for (var i = 0; i < _outputNames.Length; i++)
            {
                var shape = outputShapes[i];
                var buffer = GC.AllocateArray<float>(shape.Aggregate(1, (a, d) => a * d), pinned: true);
                _outputBuffers[i] = buffer;
                _boundOutputs[i] = OrtValue.CreateTensorValueFromMemory(buffer, [.. shape.Select(d => (long)d)]);
                _outputs[i] = new OutputTensor(_outputNames[i], shape, buffer);
            }
        }
    }

    /// <inheritdoc />
    public DetectorInfo Info { get; }

    /// <inheritdoc />
    public DetectionTimings LastTimings => _stages.LastTimings;

    /// <inheritdoc />
    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null) => _stages.Detect(image, options);

    /// <inheritdoc />
    public void RunInferenceOnly() => _stages.RunInferenceOnly();

    /// <inheritdoc />
    public void Dispose() => _stages.Dispose();

    IReadOnlyList<OutputTensor> IDetectorNetwork.RunAndReadOutputs()
    {
        RunSession();
        return _outputs;
    }

    void IDetectorNetwork.RunOnly() => RunSession();

    void IDetectorNetwork.Release()
    {
        foreach (var value in _inputValues)
        {
            value.Dispose();
        }

        foreach (var value in _boundOutputs ?? [])
        {
            value.Dispose();
        }

        _runOptions.Dispose();
        _session.Dispose();
    }

    private void RunSession()
    {
        if (_boundOutputs is not null)
        {
            _session.Run(_runOptions, _inputNames, _inputValues, _outputNames, _boundOutputs);
            return;
        }

        // Dynamic output shapes: let ONNX Runtime allocate, then copy into buffers that only ever grow.
        using var results = _session.Run(_runOptions, _inputNames, _inputValues, _outputNames);
        for (var i = 0; i < results.Count; i++)
        {
            var value = results[i];
            var shape = value.GetTensorTypeAndShape().Shape.Select(d => (int)d).ToArray();
            var data = value.GetTensorDataAsSpan<float>();
            if (_outputBuffers[i] is null || _outputBuffers[i].Length < data.Length)
            {
                _outputBuffers[i] = new float[data.Length];
            }

            data.CopyTo(_outputBuffers[i]);
            _outputs[i] = new OutputTensor(_outputNames[i], shape, _outputBuffers[i].AsMemory(0, data.Length));
        }
    }
}
