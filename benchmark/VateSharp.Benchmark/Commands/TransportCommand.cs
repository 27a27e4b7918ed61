// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpenCvSharp;
using VateSharp.Assets;
using VateSharp.Cli;
using VateSharp.Inference;
using VateSharp.Transport.Client;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Server;

namespace VateSharp.Benchmark.Commands;

/// <summary>
/// Runs <c>benchmark transport</c>: the bare model (JPEG decode + detect, what a server worker does per frame)
/// against the same model behind a DetectionServer on tcp loopback. Goals: server frames/s at least 0.9 of bare
/// with one worker, and light-load p99 round trip at most 1.3 times the bare median inference time.
/// </summary>
internal static class TransportCommand
{
    public static async Task<int> RunAsync(TransportOptions options, CliContext context, CancellationToken ct)
    {
        TransportOptions.TryParseSize(options.Size, out var width, out var height);
        var jpeg = await LoadJpegAsync(width, height, ct);
        var detectorOptions = new DetectorOptions { IntraOpThreads = options.Threads };
        var results = new List<(string Name, double Value, string Unit)>();

        // Bare model: the same decode + detect a worker does, one frame after another.
        using (var bare = await DetectorFactory.CreateAsync(options.Model, detectorOptions, AssetStore.Default, ct))
        {
            RunBare(bare, jpeg, 5);
            var times = RunBare(bare, jpeg, options.Frames);
            var stats = Percentiles.Of(times);
            results.Add(("bare frames/s", 1000.0 / stats.Mean, "fps"));
            results.Add(("bare inference p50", stats.P50, "ms"));
            results.Add(("bare inference p99", stats.P99, "ms"));
        }

        foreach (var workers in new[] { 1, 2 })
        {
            var fps = await RunServerAsync(options, detectorOptions, jpeg, workers, saturate: true, ct);
            results.Add(($"server frames/s, {workers} worker{(workers > 1 ? "s" : string.Empty)}", fps.FramesPerSecond, "fps"));
        }

        var light = await RunServerAsync(options, detectorOptions, jpeg, 1, saturate: false, ct);
        results.Add(("round trip p50 (1 in flight)", light.RoundTrip.P50, "ms"));
        results.Add(("round trip p95 (1 in flight)", light.RoundTrip.P95, "ms"));
        results.Add(("round trip p99 (1 in flight)", light.RoundTrip.P99, "ms"));
        results.Add(("server inference p50 (1 in flight)", light.Inference.P50, "ms"));

        var bareFps = results[0].Value;
        var bareP50 = results[1].Value;
        results.Add(("server / bare frames/s, 1 worker (goal >= 0.9)", results[3].Value / bareFps, "ratio"));
        results.Add(("p99 round trip / bare p50 inference (goal <= 1.3)", light.RoundTrip.P99 / bareP50, "ratio"));

        await context.Out.WriteLineAsync(
            $"benchmark transport: {options.Model}, {options.Frames} frames of {width}x{height} JPEG ({jpeg.Length} bytes), " +
            $"{options.Threads} thread(s) per inference, {Environment.ProcessorCount} cores");
        await context.Out.WriteLineAsync("| measure | value | unit |\n|---|---:|---|");
        foreach (var (name, value, unit) in results)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {name} | {value:0.###} | {unit} |"));
        }

        if (options.Output is { } output)
        {
            var json = JsonSerializer.Serialize(results.Select(r => new { r.Name, r.Value, r.Unit }), new JsonSerializerOptions { WriteIndented = true });
            await AtomicFile.WriteAllTextAsync(output, json, ct);
        }

        return ExitCodes.Success;
    }

    private static async Task<byte[]> LoadJpegAsync(int width, int height, CancellationToken ct)
    {
        var folder = await AssetStore.Default.GetDataFolderAsync("sample-images", ct);
        using var image = Cv2.ImRead(Path.Combine(folder, "dog.jpg"));
        using var resized = image.Resize(new Size(width, height));
        Cv2.ImEncode(".jpg", resized, out var jpeg, [(int)ImwriteFlags.JpegQuality, 90]);
        return jpeg;
    }

    private static List<TimeSpan> RunBare(IObjectDetector detector, byte[] jpeg, int frames)
    {
        var times = new List<TimeSpan>(frames);
        for (var i = 0; i < frames; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var image = Cv2.ImDecode(jpeg, ImreadModes.Color);
            detector.Detect(image);
            times.Add(Stopwatch.GetElapsedTime(start));
        }

        return times;
    }

    private static async Task<ServerRun> RunServerAsync(
        TransportOptions options, DetectorOptions detectorOptions, byte[] jpeg, int workers, bool saturate, CancellationToken ct)
    {
        var detectors = new List<IObjectDetector>();
        for (var i = 0; i < workers; i++)
        {
            detectors.Add(await DetectorFactory.CreateAsync(options.Model, detectorOptions, AssetStore.Default, ct));
        }

        await using var server = new DetectionServer(i => detectors[i], new DetectionServerOptions
        {
            Endpoint = "tcp://127.0.0.1:0", Workers = workers, QueueCapacityPerClient = 64,
        });
        server.Start();
        using var client = new DetectionClient(new DetectionClientOptions
        {
            Endpoints = [server.Endpoint], DefaultTimeout = TimeSpan.FromSeconds(30),
        });

        // Saturated: keep 2 frames per worker in flight, so a worker never waits for the network.
        var inFlight = saturate ? workers * 2 : 1;
        await SendAsync(client, "warm-up", jpeg, 5, inFlight, ct);
        var start = Stopwatch.GetTimestamp();
        var replies = await SendAsync(client, "run", jpeg, options.Frames, inFlight, ct);
        var elapsed = Stopwatch.GetElapsedTime(start);
        if (replies.FirstOrDefault(r => !r.IsOk) is { } failed)
        {
            throw new UserFacingException($"A benchmark frame failed: {failed.Status}, {failed.Reason}");
        }

        return new ServerRun(
            options.Frames / elapsed.TotalSeconds,
            Percentiles.Of(replies.Select(r => r.RoundTrip).ToArray()),
            Percentiles.Of(replies.Select(r => r.InferenceTime).ToArray()));
    }

    private static async Task<List<DetectionReply>> SendAsync(
        DetectionClient client, string stream, byte[] jpeg, int frames, int inFlight, CancellationToken ct)
    {
        var replies = new List<DetectionReply>(frames);
        var window = new Queue<Task<DetectionReply>>();
        for (var i = 0; i < frames; i++)
        {
            if (window.Count == inFlight)
            {
                replies.Add(await window.Dequeue().WaitAsync(ct));
            }

            if (!client.TrySubmit(new DetectionRequest { StreamId = stream, FrameId = (ulong)i, Jpeg = jpeg }, out var task))
            {
                throw new UserFacingException("The client refused a benchmark frame.");
            }

            window.Enqueue(task);
        }

        while (window.Count > 0)
        {
            replies.Add(await window.Dequeue().WaitAsync(ct));
        }

        return replies;
    }

    private readonly record struct ServerRun(double FramesPerSecond, Percentiles RoundTrip, Percentiles Inference);
}
