// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpenCvSharp;
using VateSharp.Assets;
using VateSharp.Cli;
using VateSharp.Cloud.Ensemble;
using VateSharp.Cloud.Ensemble.Slicing;
using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;
using VateSharp.Inference;

namespace VateSharp.Benchmark.Commands;

/// <summary>
/// Runs <c>benchmark cloud</c>: each composition over the VOC images, scored with the COCO evaluator against the
/// VOC ground truth (COCO class names mapped to VOC's; boxes of COCO classes VOC lacks are dropped).
/// </summary>
internal static class CloudCommand
{
    private const string DefaultSweep =
        "yolox-nano;picodet-s-416;yolox-nano@2x2;picodet-s-416@2x2;picodet-s-416,yolox-nano;picodet-s-416,yolox-nano@2x2;" +
        "picodet-s-416,yolox-nano,nanodet-m-416";

    // The VOC names that differ from COCO's; every other VOC class has COCO's name.
    private static readonly Dictionary<string, string> CocoToVoc = new(StringComparer.Ordinal)
    {
        ["airplane"] = "aeroplane",
        ["motorcycle"] = "motorbike",
        ["couch"] = "sofa",
        ["potted plant"] = "pottedplant",
        ["dining table"] = "diningtable",
        ["tv"] = "tvmonitor",
    };

    public static async Task<int> RunAsync(CloudOptions options, CliContext context, CancellationToken ct)
    {
        var folder = await AssetStore.Default.GetDataFolderAsync("voc100", ct);
        var truth = CocoJsonReader.ReadDataset(Path.Combine(folder, "annotations", "instances_voc100_cocofmt_v1.json"));
        var images = truth.Images.OrderBy(i => i.Id).Take(options.Images).ToArray();
        var evaluated = truth with { Images = images, Annotations = truth.Annotations.Where(a => images.Any(i => i.Id == a.ImageId)).ToArray() };
        var categories = truth.Categories.ToDictionary(c => c.Name, c => c.Id, StringComparer.Ordinal);
        var detectorOptions = new DetectorOptions
        {
            IntraOpThreads = options.Threads,
            Postprocess = new PostprocessOptions { ScoreThreshold = 0.01f, MaxDetections = 100 },
        };

        await context.Out.WriteLineAsync(
            $"benchmark cloud: {images.Length} VOC images, {options.Threads} thread(s) per inference, score >= 0.01, 100 boxes max");
        await context.Out.WriteLineAsync("| composition | AP | AP50 | AP small | ms/frame |\n|---|---:|---:|---:|---:|");
        var rows = new List<object>();
        foreach (var spec in (options.Compositions ?? DefaultSweep).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var composition = Parse(spec, options.Overlap);
            using var detector = await CloudDetectorFactory.CreateAsync(composition, detectorOptions, AssetStore.Default, ct);
            using (var first = Cv2.ImRead(Path.Combine(folder, "images", images[0].FileName)))
            {
                // One untimed frame: ONNX Runtime allocates its buffers on the first run.
                detector.Detect(first, detectorOptions.Postprocess);
            }

            var detections = new List<CocoDetection>();
            var elapsed = TimeSpan.Zero;
            foreach (var image in images)
            {
                ct.ThrowIfCancellationRequested();
                using var mat = Cv2.ImRead(Path.Combine(folder, "images", image.FileName));
                var start = Stopwatch.GetTimestamp();
                var boxes = detector.Detect(mat, detectorOptions.Postprocess);
                elapsed += Stopwatch.GetElapsedTime(start);
                foreach (var box in boxes)
                {
                    if (categories.TryGetValue(CocoToVoc.GetValueOrDefault(box.Label, box.Label), out var category))
                    {
                        detections.Add(new CocoDetection(image.Id, category,
                            new CocoBox(box.Box.X1, box.Box.Y1, box.Box.Width, box.Box.Height), box.Score));
                    }
                }
            }

            var summary = CocoEvaluator.Evaluate(evaluated, detections).Accumulate().Summarize();
            var ms = elapsed.TotalMilliseconds / images.Length;
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {composition.Describe()} | {summary.AP:0.000} | {summary.AP50:0.000} | {summary.APs:0.000} | {ms:0.0} |"));
            rows.Add(new { Composition = composition.Describe(), summary.AP, summary.AP50, summary.APs, MsPerFrame = ms });
        }

        if (options.Output is { } output)
        {
            await VateSharp.Cli.AtomicFile.WriteAllTextAsync(output, JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }), ct);
        }

        return ExitCodes.Success;
    }

    private static CloudComposition Parse(string spec, float overlap)
    {
        var at = spec.IndexOf('@', StringComparison.Ordinal);
        var models = (at < 0 ? spec : spec[..at]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        SliceOptions? slices = null;
        if (at >= 0)
        {
            if (!SliceOptions.TryParseGrid(spec[(at + 1)..], out var columns, out var rows))
            {
                throw new UserFacingException($"The composition '{spec}' must end in @COLSxROWS such as @2x2.", ExitCodes.Usage);
            }

            slices = SliceOptions.Default with { Columns = columns, Rows = rows, Overlap = overlap };
        }

        return CloudComposition.Default with { Models = models, Slices = slices };
    }
}
