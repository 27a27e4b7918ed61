// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Runtime.InteropServices;
using OpenCvSharp;
using OpenCvSharp.Dnn;
using VateSharp.Core.Detections;
using VateSharp.Inference.Decoding;
using VateSharp.Inference.Preprocessing;

namespace VateSharp.Inference.Darknet;

/// <summary>
/// A Darknet model (Yolo-Fastest) run by OpenCV DNN, which ONNX Runtime cannot load. The input tensor is the
/// project's own pinned buffer, wrapped as a 4-D blob, so pre-processing is the same kernel as for ONNX models.
/// </summary>
/// <remarks>Thread-safe: calls are serialised by a lock. OpenCV DNN runs on the CPU only in this build.</remarks>
public sealed class DarknetDetector : IObjectDetector, IDetectorDiagnostics, IDetectorNetwork
{
    private readonly DetectionStages _stages;
    private readonly Net _net;
    private readonly GCHandle _inputHandle;
    private readonly Mat _blob;
    private readonly string[] _outputNames;
    private readonly Mat[] _outputMats;
    private readonly OutputTensor[] _outputs;
    private readonly float[][] _outputBuffers;

    internal DarknetDetector(Net net, DetectorInfo info, PreprocessSettings preprocess, PostprocessOptions defaults)
    {
        _net = net;
        Info = info;
        _stages = new DetectionStages(this, info, preprocess, new DarknetYoloDecoder(), defaults);
        _inputHandle = GCHandle.Alloc(_stages.Input, GCHandleType.Pinned);
        _blob = Mat.FromPixelData(
            [1, 3, preprocess.InputHeight, preprocess.InputWidth], MatType.CV_32F, _inputHandle.AddrOfPinnedObject());
        _outputNames = [.. net.GetUnconnectedOutLayersNames().Select(n => n ?? string.Empty)];
        _outputMats = [.. _outputNames.Select(_ => new Mat())];
        _outputs = new OutputTensor[_outputNames.Length];
        _outputBuffers = new float[_outputNames.Length][];
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
        Forward();
        for (var i = 0; i < _outputMats.Length; i++)
        {
            var mat = _outputMats[i];
            var length = mat.Rows * mat.Cols;
            if (_outputBuffers[i] is null || _outputBuffers[i].Length < length)
            {
                _outputBuffers[i] = new float[length];
            }

            Marshal.Copy(mat.Data, _outputBuffers[i], 0, length);
            _outputs[i] = new OutputTensor(_outputNames[i], [mat.Rows, mat.Cols], _outputBuffers[i].AsMemory(0, length));
        }

        return _outputs;
    }

    void IDetectorNetwork.RunOnly() => Forward();

    void IDetectorNetwork.Release()
    {
        foreach (var mat in _outputMats)
        {
            mat.Dispose();
        }

        _blob.Dispose();
        _inputHandle.Free();
        _net.Dispose();
    }

    private void Forward()
    {
        _net.SetInput(_blob);
        _net.Forward(_outputMats, _outputNames);
    }
}
