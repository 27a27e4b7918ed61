// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;

namespace VateSharp.Inference;

/// <summary>How a detector is loaded and what thresholds it applies by default.</summary>
public sealed record DetectorOptions
{
    /// <summary>Gets the defaults: <see cref="PostprocessOptions.Default"/>, ONNX Runtime's own thread count, CPU.</summary>
    public static DetectorOptions Default { get; } = new();

    /// <summary>Gets the thresholds used when <see cref="IObjectDetector.Detect"/> is called without any. Default <see cref="PostprocessOptions.Default"/>.</summary>
    public PostprocessOptions Postprocess { get; init; } = PostprocessOptions.Default;

    /// <summary>
    /// Gets a value indicating whether every <see cref="IObjectDetector.Detect"/> call will use
    /// <see cref="Postprocess"/>'s score threshold or a higher one, never a lower one. A detector may then drop
    /// lower scores early: a Darknet model's <c>[yolo]</c> layers get that threshold as their <c>thresh</c> instead
    /// of 0.005. A call that asks for a lower threshold still runs but cannot get back boxes scored between the
    /// two. Default false (every threshold down to 0.005 works, as AP evaluation needs).
    /// </summary>
    public bool FixedScoreThreshold { get; init; }

    /// <summary>
    /// Gets the number of threads one inference may use; 0 (default) lets ONNX Runtime choose. For Darknet models
    /// run by OpenCV this sets OpenCV's process-wide thread count.
    /// </summary>
    public int IntraOpThreads { get; init; }

    /// <summary>Gets the execution provider. Default <see cref="ExecutionProvider.Cpu"/>.</summary>
    public ExecutionProvider Provider { get; init; } = ExecutionProvider.Cpu;

    /// <summary>
    /// Gets the model family for a model given by path: yolox, yolov5, yolov8, picodet, nanodet, fastestdet or
    /// yolo-fastest. Ignored for catalogue names. Default none (required for a path).
    /// </summary>
    public string? Family { get; init; }

    /// <summary>
    /// Gets the square input size used when the model's input size is dynamic. Default none: the catalogue size,
    /// else 640.
    /// </summary>
    public int? InputSize { get; init; }

    /// <summary>Gets the logger factory for load-time messages. Default none (no logging).</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
