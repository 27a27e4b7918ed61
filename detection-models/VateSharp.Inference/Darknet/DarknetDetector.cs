// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
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
public sealed class DarknetDetector : IObjectDetector, IDetectorDiagnostics
{
    private readonly Lock _gate = new();
    private readonly Net _net;
    private readonly ImagePreprocessor _preprocessor;
    private readonly PostprocessOptions _defaults;
    private readonly IOutputDecoder _decoder = new DarknetYoloDecoder();
    private readonly float[] _input;
    private readonly GCHandle _inputHandle;
    private readonly Mat _blob;
    private readonly string[] _outputNames;
    private readonly Mat[] _outputMats;
    private readonly OutputTensor[] _outputs;
    private readonly float[][] _outputBuffers;
    private readonly List<DetectionCandidate> _candidates = new(1024);
    private bool _disposed;

    internal DarknetDetector(Net net, DetectorInfo info, PreprocessSettings preprocess, PostprocessOptions defaults)
    {
        _net = net;
        Info = info;
        _defaults = defaults;
        _preprocessor = new ImagePreprocessor(preprocess);
        _input = GC.AllocateArray<float>(_preprocessor.TensorLength, pinned: true);
        _inputHandle = GCHandle.Alloc(_input, GCHandleType.Pinned);
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
    public DetectionTimings LastTimings { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(image);

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var start = Stopwatch.GetTimestamp();
            var transform = _preprocessor.Run(image, _input);
            var preprocessed = Stopwatch.GetTimestamp();
            Forward();
            CopyOutputs();
            var inferred = Stopwatch.GetTimestamp();

            var effective = options ?? _defaults;
            _candidates.Clear();
            _decoder.Decode(_outputs, Info.InputWidth, Info.InputHeight, effective.ScoreThreshold, _candidates);
            var detections = Postprocessor.Finish(_candidates, transform, image.Width, image.Height, effective, Info.ClassNames);
            var finished = Stopwatch.GetTimestamp();
            LastTimings = new DetectionTimings(
                Stopwatch.GetElapsedTime(start, preprocessed),
                Stopwatch.GetElapsedTime(preprocessed, inferred),
                Stopwatch.GetElapsedTime(inferred, finished));
            return detections;
        }
    }

    /// <inheritdoc />
    public void RunInferenceOnly()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Forward();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var mat in _outputMats)
            {
                mat.Dispose();
            }

            _blob.Dispose();
            _inputHandle.Free();
            _net.Dispose();
            _preprocessor.Dispose();
        }
    }

    private void Forward()
    {
        _net.SetInput(_blob);
        _net.Forward(_outputMats, _outputNames);
    }

    private void CopyOutputs()
    {
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
    }
}
