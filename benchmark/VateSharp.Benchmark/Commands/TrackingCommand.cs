// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using VateSharp.Benchmark.Tracking;
using VateSharp.Datasets;
using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;
using VateSharp.Tracking;
using VateSharp.Tracking.Flow;

namespace VateSharp.Benchmark.Commands;

/// <summary>The <c>tracking</c> verb: accuracy and speed of the device trackers.</summary>
public static class TrackingCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Runs the verb.</summary>
    /// <returns>0 on success, 1 for unreadable data, 2 for bad options.</returns>
    public static int Run(TrackingOptions options, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (options.Validate(out var trackers, out var horizons, out var rates) is { } problem)
        {
            error.WriteLine($"benchmark: {problem}");
            return 2;
        }

        IReadOnlyList<LoadedSequence> sequences;
        CocoDataset groundTruth;
        try
        {
            groundTruth = CocoJsonReader.ReadDataset(Path.Combine(options.Data, "annotations.json"));
            sequences = LoadedSequence.LoadAll(
                options.Data,
                new TrackingFrameOptions { MaxWidth = options.MaxWidth },
                options.MaxSequences,
                [.. groundTruth.Categories.Select(c => c.Id)]);
        }
        catch (Exception ex) when (ex is DatasetException or CocoFormatException or IOException)
        {
            error.WriteLine($"benchmark: {ex.Message}");
            return 1;
        }

        TrackingMeasurements.MedianFlow = new MedianFlowOptions { MaxPointsPerObject = options.Points, WindowSize = options.Window };
        try
        {
            var report = Measure(options, trackers, horizons, rates, sequences, groundTruth);
            Print(report, output);
            if (options.Json is { } path)
            {
                AtomicFile.WriteAllText(path, JsonSerializer.Serialize(report, Json));
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
        output.WriteLine();
        output.WriteLine("| tracker | horizon | pairs | mean IoU | IoU >= 0.5 |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var r in report.Accuracy)
        {
            output.WriteLine(string.Create(c, $"| {r.Tracker} | {r.Horizon} | {r.Pairs} | {r.MeanIoU:F3} | {r.SuccessRate:F3} |"));
        }

        output.WriteLine();
        output.WriteLine("| tracker | boxes | objects | gray frame | update ms (mean) | update ms (p95) | update CPU ms | initialize ms |");
        output.WriteLine("|---|---|---:|---|---:|---:|---:|---:|");
        foreach (var r in report.Speed)
        {
            output.WriteLine(string.Create(c, $"| {r.Tracker} | {r.Boxes} | {r.Objects} | {r.Width}x{r.Height} | {r.UpdateMeanMs:F2} | {r.UpdateP95Ms:F2} | {r.UpdateCpuMs:F2} | {r.InitializeMeanMs:F2} |"));
        }

        output.WriteLine();
        output.WriteLine("| tracker | keyframe every N | AP | AP50 |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var r in report.Keyframes)
        {
            output.WriteLine(string.Create(c, $"| {r.Tracker} | {r.Rate} | {r.AP:F3} | {r.AP50:F3} |"));
        }
    }
}
