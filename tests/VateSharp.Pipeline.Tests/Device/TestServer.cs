// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;
using VateSharp.Inference;
using VateSharp.Transport.Server;

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>A real edge server (YOLOX-Nano over tcp:// on a loopback port) that a test can stop and start again.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly TimeSpan _delay;
    private DetectionServer? _server;

    private TestServer(TimeSpan delay) => _delay = delay;

    public string Endpoint { get; private set; } = string.Empty;

    public static async Task<TestServer> StartAsync(TimeSpan delay = default)
    {
        var server = new TestServer(delay);
        await server.StartOnAsync("tcp://127.0.0.1:0");
        return server;
    }

    /// <summary>Stops the server and blocks until it is gone (called on the frame loop's thread).</summary>
    public void StopNow()
    {
        using var stopped = new ManualResetEventSlim();
        _ = StopAsync(stopped);
        stopped.Wait(TimeSpan.FromSeconds(20));
    }

    /// <summary>Blocks until the server running now has answered <paramref name="count"/> frames with boxes, or 20 s pass.</summary>
    public bool WaitForOkReplies(long count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (_server is not { } server || server.Counters.Ok < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        return true;
    }

    /// <summary>Returns the running server's counters as text, for assertion messages.</summary>
    public string Describe() => _server is { } server
        ? $"{server.Counters.Received} received, {server.Counters.Ok} ok, {server.Counters.Late} late, {server.Counters.Rejected} rejected"
        : "stopped";

    /// <summary>Starts a new server on the same endpoint and blocks until it serves.</summary>
    public void RestartNow()
    {
        using var started = new ManualResetEventSlim();
        _ = RestartAsync(started);
        started.Wait(TimeSpan.FromSeconds(20));
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task StartOnAsync(string endpoint)
    {
        var options = new DetectorOptions { IntraOpThreads = 1 };
        IObjectDetector detector = await DetectorFactory.CreateAsync("yolox-nano", options, AssetStore.Default);
        // One inference before serving, so that the first frame a test sends is not slowed by the model's first run.
        using (var blank = new OpenCvSharp.Mat(512, 640, OpenCvSharp.MatType.CV_8UC3, OpenCvSharp.Scalar.All(127)))
        {
            _ = detector.Detect(blank);
        }

        if (_delay > TimeSpan.Zero)
        {
            detector = new DelayedDetector(detector, _delay);
        }

        _server = new DetectionServer(_ => detector, DetectionServerOptions.Default with { Endpoint = endpoint });
        _server.Start();
        Endpoint = _server.Endpoint;
    }

    private async Task StopAsync(ManualResetEventSlim stopped)
    {
        try
        {
            await _server!.DisposeAsync();
            _server = null;
        }
        finally
        {
            stopped.Set();
        }
    }

    private async Task RestartAsync(ManualResetEventSlim started)
    {
        try
        {
            await StartOnAsync(Endpoint);
        }
        finally
        {
            started.Set();
        }
    }
}
