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
/// with one worker, and light-load p99 round trip at most 1.3 times the inference time.
/// </summary>
internal static class TransportCommand
{
    // Measurements are interleaved in rounds so that load from other processes falls on every mode alike.
    private const int Rounds = 5;

    public static async Task<int> RunAsync(TransportOptions options, CliContext context, CancellationToken ct)
    {
        TransportOptions.TryParseSize(options.Size, out var width, out var height);
        var jpeg = await LoadJpegAsync(width, height, ct);
        var detectorOptions = new DetectorOptions { IntraOpThreads = options.Threads };
        using var bare = await DetectorFactory.CreateAsync(options.Model, detectorOptions, AssetStore.Default, ct);
        await using var one = await StartServerAsync(options, detectorOptions, 1, ct);
        await using var two = await StartServerAsync(options, detectorOptions, 2, ct);
        using var toOne = Client(one);
        using var toTwo = Client(two);
        RunBare(bare, jpeg, 5);
        await SendAsync(toOne, "warm-up", jpeg, 5, 2, ct);
        await SendAsync(toTwo, "warm-up", jpeg, 5, 4, ct);

        var perRound = Math.Max(2, options.Frames / Rounds);
        var bareTimes = new List<TimeSpan>();
        TimeSpan bareTotal = TimeSpan.Zero, oneTotal = TimeSpan.Zero, twoTotal = TimeSpan.Zero;
        var light = new List<DetectionReply>();
        for (var round = 0; round < Rounds; round++)
        {
            var times = RunBare(bare, jpeg, perRound);
            bareTimes.AddRange(times);
            bareTotal += times.Aggregate(TimeSpan.Zero, (a, b) => a + b);

            // Saturated: two frames per worker in flight, so a worker never waits for the network.
            oneTotal += await TimeAsync(() => SendAsync(toOne, $"one-{round}", jpeg, perRound, 2, ct));
            twoTotal += await TimeAsync(() => SendAsync(toTwo, $"two-{round}", jpeg, perRound, 4, ct));

            // Light load: one frame in flight.
            light.AddRange(await SendAsync(toOne, $"light-{round}", jpeg, perRound, 1, ct));
        }

        var frames = perRound * Rounds;
        var bareStats = Percentiles.Of(bareTimes);
        var roundTrip = Percentiles.Of(light.Select(r => r.RoundTrip).ToArray());
        var inference = Percentiles.Of(light.Select(r => r.InferenceTime).ToArray());
        var overhead = Percentiles.Of(light.Select(r => r.RoundTrip - r.InferenceTime).ToArray());
        var bareFps = frames / bareTotal.TotalSeconds;
        var oneFps = frames / oneTotal.TotalSeconds;
        var results = new List<(string Name, double Value, string Unit)>
        {
            ("bare model frames/s (decode + detect)", bareFps, "fps"),
            ("bare inference p50", bareStats.P50, "ms"),
            ("bare inference p99", bareStats.P99, "ms"),
            ("edge server frames/s, 1 worker", oneFps, "fps"),
            ("edge server frames/s, 2 workers", frames / twoTotal.TotalSeconds, "fps"),
            ("round trip p50, 1 in flight", roundTrip.P50, "ms"),
            ("round trip p95, 1 in flight", roundTrip.P95, "ms"),
            ("round trip p99, 1 in flight", roundTrip.P99, "ms"),
            ("server inference p50 / p99, 1 in flight", inference.P50, $"ms / {inference.P99.ToString("0.###", CultureInfo.InvariantCulture)} ms"),
            ("transport overhead (round trip - inference) p50", overhead.P50, "ms"),
            ("transport overhead (round trip - inference) p99", overhead.P99, "ms"),
            ("server / bare frames/s, 1 worker (goal >= 0.9)", oneFps / bareFps, "ratio"),
            ("p99 round trip / server p99 inference (goal <= 1.3)", roundTrip.P99 / inference.P99, "ratio"),
            ("p99 round trip / bare p50 inference", roundTrip.P99 / bareStats.P50, "ratio"),
        };

        await context.Out.WriteLineAsync(
            $"benchmark transport: {options.Model}, {frames} frames per mode in {Rounds} interleaved rounds, {width}x{height} " +
            $"JPEG ({jpeg.Length} bytes), {options.Threads} thread(s) per inference, {Environment.ProcessorCount} cores, tcp loopback");
        await context.Out.WriteLineAsync("| measure | value | unit |\n|---|---:|---|");
        foreach (var (name, value, unit) in results)
        {
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {name} | {value:0.###} | {unit} |"));
        }

        if (options.Output is { } output)
        {
            var json = JsonSerializer.Serialize(
                results.Select(r => new { r.Name, r.Value, r.Unit }),
                new JsonSerializerOptions { WriteIndented = true });
            await AtomicFile.WriteAllTextAsync(output, json, ct);
        }

        return ExitCodes.Success;
    }

    private static DetectionClient Client(DetectionServer server) => new(new DetectionClientOptions
    {
        Endpoints = [server.Endpoint],
        DefaultTimeout = TimeSpan.FromSeconds(30),
    });

    private static async Task<TimeSpan> TimeAsync(Func<Task<List<DetectionReply>>> run)
    {
        var start = Stopwatch.GetTimestamp();
        var replies = await run();
        var elapsed = Stopwatch.GetElapsedTime(start);
        if (replies.FirstOrDefault(r => !r.IsOk) is { } failed)
        {
            throw new UserFacingException($"A benchmark frame failed: {failed.Status}, {failed.Reason}");
        }

        return elapsed;
    }

    private static async Task<DetectionServer> StartServerAsync(
        TransportOptions options, DetectorOptions detectorOptions, int workers, CancellationToken ct)
    {
        var detectors = new List<IObjectDetector>();
        for (var i = 0; i < workers; i++)
        {
            detectors.Add(await DetectorFactory.CreateAsync(options.Model, detectorOptions, AssetStore.Default, ct));
        }

        var server = new DetectionServer(i => detectors[i], new DetectionServerOptions
        {
            Endpoint = "tcp://127.0.0.1:0",
            Workers = workers,
            QueueCapacityPerClient = 64,
        });
        server.Start();
        return server;
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
}
