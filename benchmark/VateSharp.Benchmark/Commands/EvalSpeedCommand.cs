// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using System.Globalization;
using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Benchmark.Commands;

/// <summary>The <c>eval-speed</c> verb: times evaluate, accumulate and summarize on a generated case.</summary>
public static class EvalSpeedCommand
{
    /// <summary>Runs the verb.</summary>
    /// <param name="options">The parsed and validated options.</param>
    /// <param name="output">Receives the timings.</param>
    /// <returns>0.</returns>
    public static int Run(EvalSpeedOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var limits = EvalCommand.Limits(options.MaxDets);

        var (groundTruth, detections) = Generate(options);
        if (options.WriteCase is { } folder)
        {
            CocoJsonWriter.WriteDataset(groundTruth, Path.Combine(folder, "gt.json"));
            CocoJsonWriter.WriteResults(detections, Path.Combine(folder, "results.json"));
        }

        // CPU time is printed beside wall time because a shared machine stretches the latter.
        using var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var parameters = new CocoEvaluationOptions { MaxDetections = limits };
        var evaluation = CocoEvaluator.Evaluate(groundTruth, detections, parameters);
        var evaluate = clock.Elapsed;
        clock.Restart();
        var accumulation = evaluation.Accumulate();
        var accumulate = clock.Elapsed;
        clock.Restart();
        var summary = accumulation.Summarize();
        var summarize = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuStart;

        output.WriteLine(
            $"{options.Images} images, {groundTruth.Annotations.Count} ground-truth boxes, {detections.Count} detections, " +
            $"{options.Categories} categories, {Environment.ProcessorCount} cores");
        output.WriteLine($"evaluate   {evaluate.TotalSeconds,8:F3} s");
        output.WriteLine($"accumulate {accumulate.TotalSeconds,8:F3} s");
        output.WriteLine($"summarize  {summarize.TotalSeconds,8:F3} s");
        output.WriteLine($"total      {(evaluate + accumulate + summarize).TotalSeconds,8:F3} s  (AP {summary.AP:F3})");
        output.WriteLine($"cpu time   {cpu.TotalSeconds,8:F3} s  over all threads");
        var stats = summary.Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture));
        output.WriteLine("stats      " + string.Join(", ", stats));
        return 0;
    }

    private static (CocoDataset GroundTruth, List<CocoDetection> Detections) Generate(EvalSpeedOptions options)
    {
        var random = new Random(options.Seed);
        var images = new List<CocoImage>(options.Images);
        var annotations = new List<CocoAnnotation>(options.Images * options.BoxesPerImage);
        for (var i = 1; i <= options.Images; i++)
        {
            images.Add(new CocoImage(i, $"seq{i / 100:0000}/{i:0000000}.jpg", 1280, 720));
            for (var b = 0; b < options.BoxesPerImage; b++)
            {
                var box = new CocoBox(random.Next(0, 1200), random.Next(0, 650), random.Next(4, 200), random.Next(4, 200));
                var category = 1 + random.Next(options.Categories);
                var crowd = random.Next(50) == 0;
                annotations.Add(new CocoAnnotation(annotations.Count + 1, i, category, box, box.Area, crowd));
            }
        }

        // Two thirds of the detections are jittered copies of ground truth, the rest random boxes.
        var detections = new List<CocoDetection>(options.Detections);
        for (var d = 0; d < options.Detections; d++)
        {
            if (d % 3 != 2)
            {
                var source = annotations[random.Next(annotations.Count)];
                var b = source.Bbox;
                var jitter = new CocoBox(
                    b.X + random.Next(-8, 9),
                    b.Y + random.Next(-8, 9),
                    b.Width * (0.8 + (random.NextDouble() * 0.4)),
                    b.Height * (0.8 + (random.NextDouble() * 0.4)));
                var score = Math.Round(random.NextDouble(), 3);
                detections.Add(new CocoDetection(source.ImageId, source.CategoryId, jitter, score));
            }
            else
            {
                var box = new CocoBox(random.Next(0, 1200), random.Next(0, 650), random.Next(4, 200), random.Next(4, 200));
                var image = 1 + random.Next(options.Images);
                var category = 1 + random.Next(options.Categories);
                detections.Add(new CocoDetection(image, category, box, Math.Round(random.NextDouble(), 3)));
            }
        }

        var categories = Enumerable.Range(1, options.Categories).Select(c => new CocoCategory(c, $"class{c}")).ToList();
        return (new CocoDataset(images, categories, annotations), detections);
    }
}
