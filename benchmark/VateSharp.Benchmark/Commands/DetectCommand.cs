// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using OpenCvSharp;
using VateSharp.Benchmark.Detect;
using VateSharp.Cli;
using VateSharp.Core.Detections;
using VateSharp.Inference;

namespace VateSharp.Benchmark.Commands;

/// <summary><c>benchmark detect</c>: one detector over a set of images, results as COCO JSON.</summary>
internal static class DetectCommand
{
    private static readonly int ProgressThreshold = 20;

    public static async Task<int> RunAsync(DetectOptions options, CliContext context, CancellationToken ct)
    {
        var log = context.LoggerFactory.CreateLogger("detect");
        var images = ImageInputs.Resolve(options.Images);
        var groundTruth = options.Annotations is null ? null : CocoGroundTruthIndex.Load(options.Annotations);

        var detectorOptions = new DetectorOptions
        {
            Postprocess = new PostprocessOptions
            {
                ScoreThreshold = options.Score,
                NmsThreshold = options.Nms,
                MaxDetections = options.MaxDets,
                ClassAwareNms = !options.ClassAgnostic,
            },
            IntraOpThreads = options.Threads,
            Provider = options.Provider,
            Family = options.Family,
            LoggerFactory = context.LoggerFactory,
        };
        using var detector = await DetectorFactory.CreateAsync(options.Model, detectorOptions, null, ct).ConfigureAwait(false);
        log.LogInformation(
            "detect: {Model} on {Provider}, {Count} images, score >= {Score}, NMS {Nms}, at most {MaxDets} per image",
            detector.Info.Name, detector.Info.Provider, images.Count, options.Score, options.Nms, options.MaxDets);

        var mapping = groundTruth is null
            ? CategoryMapping.ForCoco(detector.Info.ClassNames)
            : CategoryMapping.ForCategories(groundTruth.Categories);
        var results = new List<CocoResult>();
        var unmapped = new Dictionary<string, int>(StringComparer.Ordinal);
        var skippedImages = 0;
        var elapsed = TimeSpan.Zero;
        for (var i = 0; i < images.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var path = images[i];
            var imageId = i + 1;
            if (groundTruth is not null && !groundTruth.TryGetImageId(path, out imageId))
            {
                skippedImages++;
                log.LogWarning("{Image} is not in {Annotations}; skipped", Path.GetFileName(path), options.Annotations);
                continue;
            }

            using var image = Cv2.ImRead(path, ImreadModes.Color);
            if (image.Empty())
            {
                throw new UserFacingException($"{path} could not be decoded as an image; remove it or replace it with a valid JPEG or PNG.");
            }

            var start = Stopwatch.GetTimestamp();
            var detections = detector.Detect(image);
            var took = Stopwatch.GetElapsedTime(start);
            elapsed += took;

            foreach (var d in detections)
            {
                if (mapping.Map(d.ClassId, d.Label) is { } category)
                {
                    results.Add(new CocoResult(imageId, category, d.Box, d.Score));
                }
                else
                {
                    unmapped[d.Label] = unmapped.GetValueOrDefault(d.Label) + 1;
                }
            }

            if (options.AnnotatedDir is not null)
            {
                var target = Path.Combine(options.AnnotatedDir, Path.GetFileNameWithoutExtension(path) + ".jpg");
                AnnotatedImageWriter.Write(image, detections, Math.Max(options.DrawScore, options.Score), target);
            }

            await ReportImageAsync(context.Out, i, images.Count, path, detections, took).ConfigureAwait(false);
        }

        await CocoResultsWriter.WriteAsync(options.Output, results, ct).ConfigureAwait(false);
        await SummariseAsync(context.Out, options, results.Count, images.Count - skippedImages, skippedImages, unmapped, elapsed).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task ReportImageAsync(
        TextWriter output, int index, int count, string path, IReadOnlyList<Detection> detections, TimeSpan took)
    {
        if (count > ProgressThreshold)
        {
            // Many images: one progress line per tenth of the run instead of one per image.
            var step = Math.Max(count / 10, 1);
            if ((index + 1) % step == 0 || index + 1 == count)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[{index + 1}/{count}] {Path.GetFileName(path)}: {detections.Count} detections")).ConfigureAwait(false);
            }

            return;
        }

        var top = string.Join(", ", detections.Take(6).Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Label} {d.Score:0.00}")));
        var more = detections.Count > 6 ? ", ..." : string.Empty;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: {detections.Count} detections in {took.TotalMilliseconds:0.0} ms ({top}{more})")).ConfigureAwait(false);
    }

    private static async Task SummariseAsync(
        TextWriter output, DetectOptions options, int written, int images, int skipped, Dictionary<string, int> unmapped, TimeSpan elapsed)
    {
        var perImage = images == 0 ? 0 : elapsed.TotalMilliseconds / images;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {written} detections for {images} images to {options.Output} ({perImage:0.0} ms per image in Detect).")).ConfigureAwait(false);
        if (unmapped.Count > 0)
        {
            var list = string.Join(", ", unmapped.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} x{kv.Value}"));
            await output.WriteLineAsync($"Dropped {unmapped.Values.Sum()} detections whose class has no category in {options.Annotations}: {list}.").ConfigureAwait(false);
        }

        if (skipped > 0)
        {
            await output.WriteLineAsync($"Skipped {skipped} images that {options.Annotations} does not list.").ConfigureAwait(false);
        }
    }
}
