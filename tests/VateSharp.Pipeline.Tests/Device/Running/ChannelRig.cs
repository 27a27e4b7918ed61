// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging.Abstractions;
using OpenCvSharp;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Device;
using VateSharp.Pipeline.Device.Running;
using VateSharp.Pipeline.Health;
using VateSharp.Pipeline.Metrics;
using VateSharp.Transport.Client;
using VateSharp.Transport.Server;

namespace VateSharp.Pipeline.Tests.Device.Running;

/// <summary>
/// A <see cref="RemoteTierChannel"/> to a real server on a random loopback port whose workers share one
/// <see cref="GatedDetector"/>. Frame <c>i</c> is an image <see cref="WidthOf"/>(i) pixels wide.
/// </summary>
internal sealed class ChannelRig : IAsyncDisposable
{
    private readonly DetectionServer _server;

    private ChannelRig(DetectionServer server, GatedDetector detector, RemoteTierChannel channel, ReplyInbox inbox)
    {
        _server = server;
        Detector = detector;
        Channel = channel;
        Inbox = inbox;
    }

    public GatedDetector Detector { get; }

    public RemoteTierChannel Channel { get; }

    public ReplyInbox Inbox { get; }

    public static ChannelRig Start(int workers, int maxInFlight, int deadlineMs = 10_000)
    {
        var detector = new GatedDetector();
        var server = new DetectionServer(_ => detector, new DetectionServerOptions { Endpoint = "tcp://127.0.0.1:0", Workers = workers });
        server.Start();
        var options = TierOptions.ServerDefault with
        {
            Endpoints = [server.Endpoint],
            MaxInFlight = maxInFlight,
            DeadlineMs = deadlineMs,
        };
        var client = new DetectionClient(new DetectionClientOptions
        {
            Endpoints = [server.Endpoint],
            DefaultTimeout = options.Deadline,
            MaxOutstanding = 16,
        });
        var inbox = new ReplyInbox();
        var channel = new RemoteTierChannel(
            Tier.EdgeServer, client, options, "gated stub", () => null, inbox, new PipelineMetrics(), NullLogger<TierHealth>.Instance);
        return new ChannelRig(server, detector, channel, inbox);
    }

    public static int WidthOf(int frame) => 40 + frame;

    /// <summary>Hands frame <paramref name="index"/> of sequence 1 to the channel.</summary>
    public bool Submit(int index)
    {
        var image = new SharedImage(new Mat(16, WidthOf(index), MatType.CV_8UC3, new Scalar(90, 140, 30)));
        try
        {
            return Channel.TrySubmit(image, 1, "rig", new FrameStamp(index, TimeSpan.FromMilliseconds(40 * index)), new FrameEncoding(1.0, 90));
        }
        finally
        {
            image.Release();
        }
    }

    /// <summary>Waits for the reply to frame <paramref name="index"/> and returns it, with every other reply that came first.</summary>
    public List<TierReply> WaitFor(int index)
    {
        Assert.True(Inbox.WaitFor(r => r.Frame.Index == index, TimeSpan.FromSeconds(10), CancellationToken.None), $"No reply to frame {index} came within 10 s.");
        return Inbox.Drain();
    }

    /// <summary>Blocks until <paramref name="count"/> frames are inside the detector at once.</summary>
    public void WaitUntilInside(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Detector.Inside < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {Detector.Inside} of {count} frames reached the detector within 10 s.");
            Thread.Sleep(2);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Open the gates first, so the server's drain does not wait for held frames.
        Detector.OpenAll();
        Channel.Dispose();
        await _server.DisposeAsync();
        Inbox.Dispose();
    }
}
