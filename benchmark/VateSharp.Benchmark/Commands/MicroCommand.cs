// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using System.Globalization;
using OpenCvSharp;
using VateSharp.Assets;
using VateSharp.Benchmark.Detect;
using VateSharp.Cli;
using VateSharp.Inference;

namespace VateSharp.Benchmark.Commands;

/// <summary>
/// <c>benchmark micro</c>: the overhead of the project's code around the network. For every image, a full call
/// (decode the JPEG bytes, <see cref="IObjectDetector.Detect"/>) is timed, then the bare network run on the very
/// tensor that call prepared; medians over all calls give full / bare, and Detect / bare leaves the JPEG decode out.
/// </summary>
internal static class MicroCommand
{
    private static readonly int WarmupPasses = 2;

    public static async Task<int> RunAsync(MicroOptions options, CliContext context, CancellationToken ct)
    {
        var folder = options.Images ?? await AssetStore.Default.GetDataFolderAsync("sample-images", ct).ConfigureAwait(false);
        var images = ImageInputs.Resolve(folder);
        var encoded = new List<byte[]>();
        foreach (var path in images)
        {
            encoded.Add(await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false));
        }

        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"micro: {images.Count} images x {options.Iterations} passes, threads {(options.Threads == 0 ? "auto" : options.Threads)}, {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}")).ConfigureAwait(false);
        await context.Out.WriteLineAsync("| model | provider | bare run ms | full ms | decode ms | pre ms | post ms | Detect / bare | full / bare |").ConfigureAwait(false);
        await context.Out.WriteLineAsync("|---|---|---:|---:|---:|---:|---:|---:|---:|").ConfigureAwait(false);
        foreach (var model in options.ModelList)
        {
            ct.ThrowIfCancellationRequested();
            var row = await MeasureAsync(model, encoded, options, context, ct).ConfigureAwait(false);
            await context.Out.WriteLineAsync(row).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<string> MeasureAsync(
        string model, List<byte[]> encoded, MicroOptions options, CliContext context, CancellationToken ct)
    {
        var detectorOptions = new DetectorOptions
        {
            Postprocess = new PostprocessOptions { ScoreThreshold = options.Score },
            IntraOpThreads = options.Threads,
            Provider = options.Provider,
            LoggerFactory = context.LoggerFactory,
        };
        using var detector = await DetectorFactory.CreateAsync(model, detectorOptions, null, ct).ConfigureAwait(false);
        var diagnostics = detector as IDetectorDiagnostics
            ?? throw new UserFacingException($"{model} offers no bare-run hook, so micro cannot measure it.");

        var bare = new List<double>();
        var full = new List<double>();
        var decode = new List<double>();
        var detectOnly = new List<double>();
        var pre = new List<double>();
        var post = new List<double>();
        for (var pass = 0; pass < WarmupPasses + options.Iterations; pass++)
        {
            foreach (var bytes in encoded)
            {
                ct.ThrowIfCancellationRequested();
                var start = Stopwatch.GetTimestamp();
                using var image = Cv2.ImDecode(bytes, ImreadModes.Color);
                var decoded = Stopwatch.GetTimestamp();
                detector.Detect(image);
                var detected = Stopwatch.GetTimestamp();
                diagnostics.RunInferenceOnly();
                var ran = Stopwatch.GetTimestamp();
                if (pass < WarmupPasses)
                {
                    continue;
                }

                var timings = diagnostics.LastTimings;
                full.Add(Stopwatch.GetElapsedTime(start, detected).TotalMilliseconds);
                bare.Add(Stopwatch.GetElapsedTime(detected, ran).TotalMilliseconds);
                decode.Add(Stopwatch.GetElapsedTime(start, decoded).TotalMilliseconds);
                detectOnly.Add(Stopwatch.GetElapsedTime(decoded, detected).TotalMilliseconds);
                pre.Add(timings.Preprocess.TotalMilliseconds);
                post.Add(timings.Postprocess.TotalMilliseconds);
            }
        }

        double bareMedian = Median(bare), fullMedian = Median(full);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {model} | {detector.Info.Provider} | {bareMedian:0.00} | {fullMedian:0.00} | {Median(decode):0.00} | {Median(pre):0.00} | {Median(post):0.00} | {Median(detectOnly) / bareMedian:0.000} | {fullMedian / bareMedian:0.000} |");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
