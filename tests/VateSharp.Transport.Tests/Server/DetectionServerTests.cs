// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Client;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Server;
using VateSharp.Transport.Tests.TestSupport;

namespace VateSharp.Transport.Tests.Server;

public sealed class DetectionServerTests
{
    public sealed class Detect
    {
        [Fact]
        public async Task Should_ReturnBoxesInOriginalFramePixels_When_TheSentImageWasScaled()
        {
            // Given a server and a 100x50 image standing for a 300x100 original frame
            await using var server = StubServer.Start(new StubDetector());
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });
            var request = new DetectionRequest
            {
                StreamId = "cam",
                FrameId = 7,
                Jpeg = TestJpeg.OfSize(100, 50),
                ScaleX = 3f,
                ScaleY = 2f,
                FrameWidth = 300,
                FrameHeight = 100,
                CaptureUnixMicroseconds = 1234,
            };

            // When it is detected
            var reply = await client.DetectAsync(request);

            // Then the ids and capture time come back and the box covers the original frame
            Assert.Equal(DetectionStatus.Ok, reply.Status);
            Assert.Equal(("cam", 7UL, 1234L), (reply.StreamId, reply.FrameId, reply.CaptureUnixMicroseconds));
            var box = Assert.Single(reply.Detections).Box;
            Assert.Equal((0f, 0f, 300f, 100f), (box.X1, box.Y1, box.X2, box.Y2));
            Assert.Equal("stub", reply.Model);
            Assert.True(reply.InferenceTime > TimeSpan.Zero);
        }

        [Fact]
        public async Task Should_MatchEveryReplyToItsFrame_When_200PipelinedFramesAreAnsweredOutOfOrder()
        {
            // Given 8 workers that take a random 0-4 ms each, so replies overtake each other
            var random = new Random(42);
            var stub = new StubDetector(() => TimeSpan.FromMilliseconds(random.Next(0, 5)));
            await using var server = StubServer.Start(stub, new DetectionServerOptions
            {
                Endpoint = TestEndpoints.RandomLoopback,
                Workers = 8,
                QueueCapacityPerClient = 256,
            });
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });
            var order = new System.Collections.Concurrent.ConcurrentQueue<ulong>();

            // When 200 frames are submitted without waiting
            var tasks = Enumerable.Range(0, 200).Select(i =>
            {
                Assert.True(client.TrySubmit(Requests.Frame("s", (ulong)i), out var task));
                return task.ContinueWith(t => { order.Enqueue(t.Result.FrameId); return t.Result; }, TaskScheduler.Default);
            }).ToArray();
            var replies = await Task.WhenAll(tasks);

            // Then each reply carries its own frame's box, and at least one came back out of order
            for (var i = 0; i < replies.Length; i++)
            {
                Assert.Equal(DetectionStatus.Ok, replies[i].Status);
                Assert.Equal((ulong)i, replies[i].FrameId);
                Assert.Equal(TestJpeg.WidthOf((ulong)i), Assert.Single(replies[i].Detections).Box.X2);
            }

            Assert.NotEqual(Enumerable.Range(0, 200).Select(i => (ulong)i), order.ToArray());
        }

        [Fact]
        public async Task Should_AnswerLateWithoutRunning_When_TheDeadlinePassesInTheQueue()
        {
            // Given a single worker held busy by a first frame
            using var gate = new ManualResetEventSlim(false);
            var stub = new StubDetector(gate: gate);
            await using var server = StubServer.Start(stub);
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });
            Assert.True(client.TrySubmit(Requests.Frame("s", 1), out var first));
            while (stub.Calls == 0)
            {
                await Task.Delay(1);
            }

            // When a second frame with a 100 ms server deadline waits behind it for 400 ms
            Assert.True(client.TrySubmit(Requests.Frame("s", 2) with { ServerDeadline = TimeSpan.FromMilliseconds(100) }, out var second));
            await Task.Delay(400);
            gate.Set();

            // Then the second is answered late and never reached the detector. On a machine too busy to send the
            // frame within its deadline the client answers it late itself, which is just as correct.
            Assert.Equal(DetectionStatus.Ok, (await first).Status);
            var late = await second;
            Assert.Equal(DetectionStatus.Late, late.Status);
            Assert.Equal(1, stub.Calls);
            if (late.Reason.Contains("could be sent", StringComparison.Ordinal))
            {
                Assert.Equal(0, server.Counters.Late);
            }
            else
            {
                Assert.Contains("not run", late.Reason, StringComparison.Ordinal);
                Assert.Equal(1, server.Counters.Late);
            }
        }

        [Fact]
        public async Task Should_RejectTheOldestFrame_When_TheClientQueueOverflows()
        {
            // Given one busy worker and a queue of 2 frames per client
            using var gate = new ManualResetEventSlim(false);
            var stub = new StubDetector(gate: gate);
            await using var server = StubServer.Start(stub, new DetectionServerOptions
            {
                Endpoint = TestEndpoints.RandomLoopback,
                QueueCapacityPerClient = 2,
            });
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });
            Assert.True(client.TrySubmit(Requests.Frame("s", 0), out var running));
            while (stub.Calls == 0)
            {
                await Task.Delay(1);
            }

            // When three more frames arrive
            var queued = Enumerable.Range(1, 3).Select(i =>
            {
                Assert.True(client.TrySubmit(Requests.Frame("s", (ulong)i), out var task));
                return task;
            }).ToArray();
            var dropped = await queued[0];
            gate.Set();

            // Then frame 1 (the oldest waiting) is rejected and the newer two run
            Assert.Equal(DetectionStatus.Rejected, dropped.Status);
            Assert.Contains("drop-oldest", dropped.Reason, StringComparison.Ordinal);
            Assert.Equal(DetectionStatus.Ok, (await running).Status);
            Assert.Equal(DetectionStatus.Ok, (await queued[1]).Status);
            Assert.Equal(DetectionStatus.Ok, (await queued[2]).Status);
        }

        [Fact]
        public async Task Should_Reject_When_ARequestAsksForAnotherModel()
        {
            // Given a stub server
            await using var server = StubServer.Start(new StubDetector());
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });

            // When a request wants a model the server does not run
            var reply = await client.DetectAsync(Requests.Frame("s", 1) with { Wishes = new DetectorWishes { Model = "yolox-s" } });

            // Then it is rejected with the reason
            Assert.Equal(DetectionStatus.Rejected, reply.Status);
            Assert.Contains("yolox-s", reply.Reason, StringComparison.Ordinal);
        }
    }

    public sealed class StopAsync
    {
        [Fact]
        public async Task Should_AnswerQueuedFrames_When_StoppedGracefully()
        {
            // Given a slow worker with four frames queued
            var server = StubServer.Start(new StubDetector(() => TimeSpan.FromMilliseconds(20)));
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });
            var tasks = Enumerable.Range(0, 4).Select(i =>
            {
                Assert.True(client.TrySubmit(Requests.Frame("s", (ulong)i), out var task));
                return task;
            }).ToArray();
            while (server.Counters.Received < 4)
            {
                await Task.Delay(1);
            }

            // When the server stops
            await server.StopAsync();

            // Then every queued frame was answered before the socket closed
            Assert.All(await Task.WhenAll(tasks), r => Assert.Equal(DetectionStatus.Ok, r.Status));
        }
    }

    public sealed class Start
    {
        [Fact]
        public async Task Should_ThrowTransportException_When_TheEndpointIsTaken()
        {
            // Given a server bound to a port
            await using var first = StubServer.Start(new StubDetector());

            // When a second binds the same port
            var second = new DetectionServer(_ => new StubDetector(), new DetectionServerOptions { Endpoint = first.Endpoint });

            // Then it fails with a sentence naming the endpoint
            var error = Assert.Throws<TransportException>(second.Start);
            Assert.Contains(first.Endpoint, error.Message, StringComparison.Ordinal);
        }
    }
}
