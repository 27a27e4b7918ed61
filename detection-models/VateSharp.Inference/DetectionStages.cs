// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Inference.Decoding;
using VateSharp.Inference.Preprocessing;

namespace VateSharp.Inference;

/// <summary>
/// The part of a built-in detector that does not depend on its runtime: the lock, pre-processing into one pinned
/// input tensor, decoding and post-processing with per-call or default options, stage timings and disposal.
/// The detector passes itself as the <see cref="IDetectorNetwork"/> that runs the model between the stages.
/// </summary>
internal sealed class DetectionStages : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IDetectorNetwork _network;
    private readonly DetectorInfo _info;
    private readonly ImagePreprocessor _preprocessor;
    private readonly IOutputDecoder _decoder;
    private readonly PostprocessOptions _defaults;
    private readonly List<DetectionCandidate> _candidates = new(1024);
    private bool _disposed;

    public DetectionStages(
        IDetectorNetwork network, DetectorInfo info, PreprocessSettings preprocess, IOutputDecoder decoder, PostprocessOptions defaults)
    {
        _network = network;
        _info = info;
        _decoder = decoder;
        _defaults = defaults;
        _preprocessor = new ImagePreprocessor(preprocess);

        // Pinned: the runtimes read the tensor in place for the detector's whole life.
        Input = GC.AllocateArray<float>(_preprocessor.TensorLength, pinned: true);
    }

    /// <summary>Gets the input tensor (CHW floats) every call fills before the network runs.</summary>
    public float[] Input { get; }

    /// <summary>Gets the stage timings of the most recent <see cref="Detect"/> call.</summary>
    public DetectionTimings LastTimings { get; private set; }

    /// <summary>Detects objects in one image, as <see cref="IObjectDetector.Detect"/> describes.</summary>
    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options)
    {
        ArgumentNullException.ThrowIfNull(image);

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, _network);
            var start = Stopwatch.GetTimestamp();
            var transform = _preprocessor.Run(image, Input);
            var preprocessed = Stopwatch.GetTimestamp();
            var outputs = _network.RunAndReadOutputs();
            var inferred = Stopwatch.GetTimestamp();

            var effective = options ?? _defaults;
            _candidates.Clear();
            _decoder.Decode(outputs, _info.InputWidth, _info.InputHeight, effective.ScoreThreshold, _candidates);
            var detections = Postprocessor.Finish(_candidates, transform, image.Width, image.Height, effective, _info.ClassNames);
            var finished = Stopwatch.GetTimestamp();

            LastTimings = new DetectionTimings(
                Stopwatch.GetElapsedTime(start, preprocessed),
                Stopwatch.GetElapsedTime(preprocessed, inferred),
                Stopwatch.GetElapsedTime(inferred, finished));
            return detections;
        }
    }

    /// <summary>Runs the network alone, as <see cref="IDetectorDiagnostics.RunInferenceOnly"/> describes.</summary>
    public void RunInferenceOnly()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, _network);
            _network.RunOnly();
        }
    }

    /// <summary>Releases the network, then the pre-processor; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _network.Release();
            _preprocessor.Dispose();
        }
    }
}
