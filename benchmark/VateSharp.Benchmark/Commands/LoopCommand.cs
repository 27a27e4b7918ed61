// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;
using VateSharp.Benchmark.Sweep;
using VateSharp.Cli;
using VateSharp.Inference;

namespace VateSharp.Benchmark.Commands;

/// <summary>
/// <c>benchmark loop</c>: our side of the frame-loop comparison. The loop is what the Python peer does, in C#:
/// <c>Cv2.ImRead</c> each frame in order, then <see cref="IObjectDetector.Detect"/> (pre-processing, network,
/// decoding, NMS). Warm-up frames run before the clock starts, as in the peer.
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
                IntraOpThreads = options.Threads,
                LoggerFactory = context.LoggerFactory,
            }, null, ct).ConfigureAwait(false);

        foreach (var path in frames.Take(options.Warmup))
        {
            RunFrame(path, detector);
        }

        var perFrame = new double[frames.Length];
        long detections = 0;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < frames.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var began = Stopwatch.GetTimestamp();
            detections += RunFrame(frames[i], detector);
            perFrame[i] = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
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
                : Backend(detector),
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

    private static int RunFrame(string path, IObjectDetector? detector)
    {
        using var image = Cv2.ImRead(path, ImreadModes.Color);
        if (image.Empty())
        {
            throw new UserFacingException($"OpenCV cannot read the frame '{path}'; check that it is an image.");
        }

        return detector?.Detect(image).Count ?? 0;
    }

    private static string Backend(IObjectDetector detector) => detector.Info.Family == "yolo-fastest"
        ? $"OpenCV DNN {Cv2.GetVersionString()} via OpenCvSharp ({detector.Info.Provider})"
        : $"ONNX Runtime {OrtEnv.Instance().GetVersionString()} ({detector.Info.Provider})";
}
