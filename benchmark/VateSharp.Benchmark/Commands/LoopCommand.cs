// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;
using VateSharp.Benchmark.Sweep;
using VateSharp.Cli;
using VateSharp.Inference;

namespace VateSharp.Benchmark.Commands;

/// <summary>
/// <c>benchmark loop</c>: our side of the frame-loop comparison. Each frame is read with <c>Cv2.ImRead</c> in order,
/// then <see cref="IObjectDetector.Detect"/> runs on it (pre-processing into the detector's reused input tensor,
/// network, decoding, NMS). With a read-ahead depth above 0, a second thread reads (decodes) the next frames while
/// the current one is detected, still handing them over in order; with 0 the loop reads each frame itself, as the
/// Python peer does. Warm-up frames run before the clock starts, as in the peer.
/// </summary>
internal static class LoopCommand
{
    public static async Task<int> RunAsync(LoopOptions options, CliContext context, CancellationToken ct)
    {
        var frames = options.Frames is not null
            ? FrameList.Read(options.Frames).Take(options.MaxFrames ?? int.MaxValue).ToArray()
            : [.. FrameList.Resolve(options.Sequences!, options.MaxFrames)];
        if (frames.Length == 0)
        {
            throw new UserFacingException("The frame list is empty; give a list file or glob that names at least one image.");
        }

        using var detector = options.DecodeOnly
            ? null
            : await DetectorFactory.CreateAsync(options.Model, new DetectorOptions
            {
                Postprocess = PostprocessOptions.Default,

                // The loop only ever detects at the default score threshold, so a Darknet model may drop lower
                // scores inside OpenCV instead of keeping everything down to 0.005 for AP evaluation.
                FixedScoreThreshold = true,
                IntraOpThreads = options.Threads,
                LoggerFactory = context.LoggerFactory,
            }, null, ct).ConfigureAwait(false);

        foreach (var path in frames.Take(options.Warmup))
        {
            using var image = Read(path);
            Detect(image, detector);
        }

        var perFrame = new double[frames.Length];
        long detections = 0;
        var depth = detector is null ? 0 : options.ReadAhead;
        var start = Stopwatch.GetTimestamp();

        // The reader starts with the clock, so no frame is decoded before timing begins.
        using (var reader = depth > 0 ? new ReadAhead<Mat>(frames.Length, depth, i => Read(frames[i])) : null)
        {
            for (var i = 0; i < frames.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                var began = Stopwatch.GetTimestamp();
                using var image = reader is null ? Read(frames[i]) : reader.Take();
                detections += Detect(image, detector);
                perFrame[i] = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
            }
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(perFrame);
        var middle = perFrame.Length / 2;
        var measurement = new LoopMeasurement
        {
            Implementation = LoopMeasurement.Ours,
            Model = detector is null ? null : options.Model,
            Backend = detector is null
                ? $"OpenCV {Cv2.GetVersionString()} imread (OpenCvSharp)"
                : $"{Backend(detector)}, {Threads(options.Threads)}, read-ahead {options.ReadAhead}",
            DecodeOnly = detector is null,
            Frames = frames.Length,
            WarmupFrames = Math.Min(frames.Length, options.Warmup),
            Seconds = seconds,
            Fps = frames.Length / seconds,
            FrameMsMedian = perFrame.Length % 2 == 1 ? perFrame[middle] : (perFrame[middle - 1] + perFrame[middle]) / 2,
            Detections = detections,
        };

        var json = JsonSerializer.Serialize(measurement, new JsonSerializerOptions(SweepJson.Options) { WriteIndented = false });
        if (options.Output is not null)
        {
            await AtomicFile.WriteAllTextAsync(options.Output, json + "\n", ct).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(json).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static Mat Read(string path)
    {
        var image = Cv2.ImRead(path, ImreadModes.Color);
        if (image.Empty())
        {
            image.Dispose();
            throw new UserFacingException($"OpenCV cannot read the frame '{path}'; check that it is an image.");
        }

        return image;
    }

    private static int Detect(Mat image, IObjectDetector? detector) => detector?.Detect(image).Count ?? 0;

    private static string Threads(int threads) => threads switch
    {
        0 => "default threads",
        1 => "1 inference thread",
        _ => string.Create(CultureInfo.InvariantCulture, $"{threads} inference threads"),
    };

    private static string Backend(IObjectDetector detector) => detector.Info.Family == "yolo-fastest"
        ? $"OpenCV DNN {Cv2.GetVersionString()} via OpenCvSharp ({detector.Info.Provider})"
        : $"ONNX Runtime {OrtEnv.Instance().GetVersionString()} ({detector.Info.Provider})";
}
