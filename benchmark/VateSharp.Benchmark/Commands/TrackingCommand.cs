// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using OpenCvSharp;
using VateSharp.Benchmark.Detect;
using VateSharp.Benchmark.Tracking;
using VateSharp.Cli;
using VateSharp.Core.Detections;
using VateSharp.Evaluation.Coco;
using VateSharp.Inference;
using VateSharp.Tracking;
using VateSharp.Tracking.Flow;

namespace VateSharp.Benchmark.Commands;

/// <summary>The <c>tracking</c> verb: accuracy and speed of the device trackers.</summary>
public static class TrackingCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Runs the verb; unreadable data ends in an exception the program reports as one sentence.</summary>
    /// <returns>0.</returns>
    public static async Task<int> RunAsync(TrackingOptions options, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        if (options.Validate(out var trackers, out var horizons, out var rates) is { } problem)
        {
            throw new UserFacingException(problem, ExitCodes.Usage);
        }

        var groundTruth = CocoJsonReader.ReadDataset(Path.Combine(options.Data, "annotations.json"));
        var sequences = LoadedSequence.LoadAll(
            options.Data,
            new TrackingFrameOptions { MaxWidth = options.MaxWidth },
            options.MaxSequences,
            [.. groundTruth.Categories.Select(c => c.Id)]);

        TrackingMeasurements.MedianFlow = new MedianFlowOptions { MaxPointsPerObject = options.Points, WindowSize = options.Window };
        try
        {
            var report = Measure(options, trackers, horizons, rates, sequences, groundTruth);
            if (options.Detector is { } detectorName)
            {
                var detections = await DetectAllAsync(detectorName, options.DetectorScore, sequences, groundTruth, context, cancellationToken);
                var everyone = trackers.Prepend(TrackingMeasurements.Static).ToArray();
                report = report with
                {
                    Detector = detectorName,
                    DetectedKeyframes = [.. rates.SelectMany(r => everyone.Select(t => TrackingMeasurements.DetectedKeyframes(t, sequences, detections, groundTruth, r)))],
                };
            }

            Print(report, context.Out);
            if (options.Json is { } path)
            {
                VateSharp.Evaluation.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(report, Json));
            }

            return 0;
        }
        finally
        {
            foreach (var sequence in sequences)
            {
                sequence.Dispose();
            }
        }
    }

    // The detector runs once per frame; every tracker and rate then reuses the same boxes.
    private static async Task<IReadOnlyList<IReadOnlyList<IReadOnlyList<Detection>>>> DetectAllAsync(
        string name, float score, IReadOnlyList<LoadedSequence> sequences, CocoDataset groundTruth, CliContext context, CancellationToken cancellationToken)
    {
        var options = new DetectorOptions
        {
            Postprocess = PostprocessOptions.Default with { ScoreThreshold = score, MaxDetections = 100 },
            LoggerFactory = context.LoggerFactory,
        };
        using var detector = await DetectorFactory.CreateAsync(name, options, ct: cancellationToken);
        var mapping = CategoryMapping.ForCategories(groundTruth.Categories.Select(c => ((int)c.Id, c.Name)));
        var all = new List<IReadOnlyList<IReadOnlyList<Detection>>>(sequences.Count);
        foreach (var sequence in sequences)
        {
            var perFrame = new List<IReadOnlyList<Detection>>(sequence.Files.Count);
            foreach (var file in sequence.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var image = Cv2.ImRead(file, ImreadModes.Color);
                var mapped = new List<Detection>();
                foreach (var d in detector.Detect(image))
                {
                    if (mapping.Map(d.ClassId, d.Label) is { } category)
                    {
                        mapped.Add(d with { ClassId = category });
                    }
                }

                perFrame.Add(mapped);
            }

            all.Add(perFrame);
        }

        return all;
    }

    private static TrackingReport Measure(
        TrackingOptions options, string[] trackers, int[] horizons, int[] rates, IReadOnlyList<LoadedSequence> sequences, CocoDataset groundTruth)
    {
        var everyone = trackers.Prepend(TrackingMeasurements.Static).ToArray();
        List<AccuracyRow> accuracy = options.Runs("accuracy")
            ? [.. horizons.SelectMany(h => everyone.Select(t => TrackingMeasurements.Accuracy(t, sequences, h, options.Stride)))]
            : [];
        List<SpeedRow> speed = options.Runs("speed")
            ? [.. new[] { false, true }.SelectMany(small => trackers.Select(t => TrackingMeasurements.Speed(t, sequences, options.Objects, rate: 10, seed: 1, small)))]
            : [];
        List<KeyframeRow> keyframes = options.Runs("keyframes")
            ? [.. rates.SelectMany(r => everyone.Select(t => TrackingMeasurements.Keyframes(t, sequences, groundTruth, r)))]
            : [];
        var frames = sequences.Sum(s => s.Frames.Count);
        var decode = sequences.Sum(s => s.DecodeTime.TotalMilliseconds) / frames;
        var machine = $"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}";
        return new TrackingReport(options.Data, sequences.Count, frames, decode, machine, accuracy, speed, keyframes);
    }

    // Timings on a shared machine mean little without the load they were taken under.
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void Print(TrackingReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{report.Sequences} sequences, {report.Frames} frames; decode + shrink to gray {report.DecodeAndShrinkMsPerFrame:F2} ms/frame; {report.Machine}"));
        if (report.Accuracy.Count > 0)
        {
            PrintAccuracy(report.Accuracy, output);
        }

        if (report.Speed.Count > 0)
        {
            PrintSpeed(report.Speed, output);
        }

        if (report.Keyframes.Count > 0)
        {
            PrintKeyframes("keyframe", report.Keyframes, output);
        }

        if (report.Detector is { } detector)
        {
            PrintKeyframes(detector, report.DetectedKeyframes, output);
        }
    }

    private static void PrintAccuracy(IReadOnlyList<AccuracyRow> rows, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("| tracker | horizon | pairs | mean IoU | IoU >= 0.5 |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(c, $"| {r.Tracker} | {r.Horizon} | {r.Pairs} | {r.MeanIoU:F3} | {r.SuccessRate:F3} |"));
        }
    }

    private static void PrintSpeed(IReadOnlyList<SpeedRow> rows, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("| tracker | boxes | objects | gray frame | update ms (mean) | update ms (p95) | update CPU ms | initialize ms |");
        output.WriteLine("|---|---|---:|---|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(c, $"| {r.Tracker} | {r.Boxes} | {r.Objects} | {r.Width}x{r.Height} | {r.UpdateMeanMs:F2} | {r.UpdateP95Ms:F2} | {r.UpdateCpuMs:F2} | {r.InitializeMeanMs:F2} |"));
        }
    }

    private static void PrintKeyframes(string source, IReadOnlyList<KeyframeRow> rows, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"| tracker | {source} every N | AP | AP50 |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(c, $"| {r.Tracker} | {r.Rate} | {r.AP:F3} | {r.AP50:F3} |"));
        }
    }
}
