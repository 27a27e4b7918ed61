// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Client;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Server;
using VateSharp.Transport.Tests.TestSupport;

namespace VateSharp.Transport.Tests.Client;

public sealed class DetectionClientTests
{
    public sealed class EndStreamAsync
    {
        [Fact]
        public async Task Should_AcknowledgeEveryFrame_When_ASenderEndsRightAfterSending_Over50Runs()
        {
            // Given one server with two workers
            await using var server = StubServer.Start(new StubDetector(), new DetectionServerOptions
            {
                Endpoint = TestEndpoints.RandomLoopback,
                Workers = 2,
                QueueCapacityPerClient = 64,
            });

            for (var run = 0; run < 50; run++)
            {
                // When a fresh client sends 20 frames, ends the stream at once and goes away
                var stream = $"run-{run}";
                Task<DetectionReply>[] replies;
                EndOfStreamAck ack;
                using (var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] }))
                {
                    replies = Enumerable.Range(0, 20).Select(i =>
                    {
                        Assert.True(client.TrySubmit(Requests.Frame(stream, (ulong)i), out var task));
                        return task;
                    }).ToArray();
                    ack = await client.EndStreamAsync(stream);
                }

                // Then the server acknowledged all 20 and every reply had already arrived
                Assert.True(ack.Acknowledged, $"run {run}");
                Assert.Equal((20UL, 20UL, 20UL), (ack.FramesSent, ack.FramesReceived, ack.FramesAnswered));
                Assert.All(replies, t => Assert.True(t.IsCompletedSuccessfully));
                Assert.All(await Task.WhenAll(replies), r => Assert.Equal(DetectionStatus.Ok, r.Status));
            }
        }

        [Fact]
        public async Task Should_AcknowledgeAtOnce_When_NoFrameWasSent()
        {
            // Given a client that sent nothing
            await using var server = StubServer.Start(new StubDetector());
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });

            // When it ends a stream
            var ack = await client.EndStreamAsync("empty");

            // Then the ack is immediate and empty
            Assert.True(ack.Acknowledged);
            Assert.Equal(0UL, ack.FramesSent);
        }
    }

    public sealed class TrySubmit
    {
        [Fact]
        public async Task Should_TimeOutLostFramesAndContinue_When_TheServerIsKilledAndRestarted()
        {
            // Given a server on a known port and a client with short timeouts
            using var gate = new ManualResetEventSlim(true);
            var first = StubServer.Start(new StubDetector(gate: gate));
            var endpoint = first.Endpoint;
            using var client = new DetectionClient(new DetectionClientOptions
            {
                Endpoints = [endpoint],
                DefaultTimeout = TimeSpan.FromMilliseconds(300),
                HealthInterval = TimeSpan.FromMilliseconds(50),
                ReconnectInterval = TimeSpan.FromMilliseconds(50),
            });
            for (ulong i = 0; i < 10; i++)
            {
                Assert.Equal(DetectionStatus.Ok, (await client.DetectAsync(Requests.Frame("s", i))).Status);
            }

            // When frames are in flight and the server dies without answering
            gate.Reset();
            var lost = Enumerable.Range(10, 5).Select(i =>
            {
                Assert.True(client.TrySubmit(Requests.Frame("s", (ulong)i, TimeSpan.FromMilliseconds(300)), out var task));
                return task;
            }).ToArray();
            while (first.Counters.Received < 15)
            {
                await Task.Delay(1);
            }

            first.Kill();
            gate.Set();

            // Then they time out and the server is marked dead: a frame is refused at once, or sent as the dead
            // server's probe when its 50 ms health interval has already passed, and then times out too
            Assert.All(await Task.WhenAll(lost), r => Assert.Equal(DetectionStatus.Timeout, r.Status));
            Assert.False(client.Servers[0].IsAlive);
            Assert.Contains((await client.DetectAsync(Requests.Frame("s", 15))).Status, new[] { DetectionStatus.Unavailable, DetectionStatus.Timeout });

            // When a new server comes up on the same endpoint
            await using var second = StubServer.Start(new StubDetector(), new DetectionServerOptions { Endpoint = endpoint });

            // Then the client finds it again and frames flow
            DetectionReply? reply = null;
            for (ulong i = 16; i < 116 && reply?.Status != DetectionStatus.Ok; i++)
            {
                reply = await client.DetectAsync(Requests.Frame("s", i, TimeSpan.FromSeconds(2)));
                if (reply.Status == DetectionStatus.Unavailable)
                {
                    await Task.Delay(20);
                }
            }

            Assert.Equal(DetectionStatus.Ok, reply!.Status);
            Assert.True(client.Servers[0].IsAlive);
        }

        [Fact]
        public async Task Should_SendTheFrameAsAProbe_When_EveryServerIsMarkedDeadAndItsHealthIntervalHasPassed()
        {
            // Given a server that answered once and was then killed, so that a frame timed out and the client
            // marked it dead
            var first = StubServer.Start(new StubDetector());
            var endpoint = first.Endpoint;
            using var client = new DetectionClient(new DetectionClientOptions
            {
                Endpoints = [endpoint],
                HealthInterval = TimeSpan.FromMilliseconds(200),
                ReconnectInterval = TimeSpan.FromMilliseconds(50),
            });
            Assert.Equal(DetectionStatus.Ok, (await client.DetectAsync(Requests.Frame("s", 0))).Status);
            first.Kill();
            Assert.Equal(DetectionStatus.Timeout, (await client.DetectAsync(Requests.Frame("s", 1, TimeSpan.FromMilliseconds(300)))).Status);
            Assert.False(client.Servers[0].IsAlive);
            await Task.Delay(250);

            // When a new server comes up on the endpoint and a frame is submitted at once, before any health
            // ping could have been answered
            await using var second = StubServer.Start(new StubDetector(), new DetectionServerOptions { Endpoint = endpoint });
            var reply = await client.DetectAsync(Requests.Frame("s", 2, TimeSpan.FromSeconds(5)));

            // Then the frame itself went out as the probe, was answered, and the server counts as alive again
            Assert.Equal(DetectionStatus.Ok, reply.Status);
            Assert.True(client.Servers[0].IsAlive);
        }

        [Fact]
        public async Task Should_SpreadFramesOverServers_When_SeveralAreGiven()
        {
            // Given two servers, each slow enough that frames pile up
            var options = new DetectionServerOptions { Endpoint = TestEndpoints.RandomLoopback, QueueCapacityPerClient = 64 };
            await using var a = StubServer.Start(new StubDetector(() => TimeSpan.FromMilliseconds(5)), options);
            await using var b = StubServer.Start(new StubDetector(() => TimeSpan.FromMilliseconds(5)), options);
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [a.Endpoint, b.Endpoint] });

            // When 40 frames are submitted at once
            var replies = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            {
                Assert.True(client.TrySubmit(Requests.Frame("s", (ulong)i), out var task));
                return task;
            }));

            // Then both servers answered a fair share
            Assert.All(replies, r => Assert.Equal(DetectionStatus.Ok, r.Status));
            Assert.InRange(replies.Count(r => r.Server == a.Endpoint), 10, 30);
            Assert.InRange(replies.Count(r => r.Server == b.Endpoint), 10, 30);
        }

        [Fact]
        public async Task Should_ReturnFalse_When_TheSameFrameIsAlreadyInFlight()
        {
            // Given a frame in flight on a held worker
            using var gate = new ManualResetEventSlim(false);
            await using var server = StubServer.Start(new StubDetector(gate: gate));
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });
            Assert.True(client.TrySubmit(Requests.Frame("s", 1), out var first));

            // When the same ids are submitted again
            var accepted = client.TrySubmit(Requests.Frame("s", 1), out var second);
            gate.Set();

            // Then the second submission is refused and the first still completes
            Assert.False(accepted);
            Assert.Null(second);
            Assert.Equal(DetectionStatus.Ok, (await first).Status);
        }
    }

    public sealed class PingAsync
    {
        [Fact]
        public async Task Should_ReportStateLoadAndModel_When_TheServerIsUp()
        {
            // Given a server with three workers
            await using var server = StubServer.Start(new StubDetector(), new DetectionServerOptions
            {
                Endpoint = TestEndpoints.RandomLoopback,
                Workers = 3,
            });
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });

            // When it is pinged and asked for its model
            var health = Assert.Single(await client.PingAsync());
            var model = await client.GetModelMetadataAsync();

            // Then it is ready and describes the stub
            Assert.Equal((ServerState.Ready, 3, "stub"), (health.State, health.Workers, health.Model));
            Assert.NotNull(model);
            Assert.Equal(("stub", "stub", 64, 64), (model.Name, model.Family, model.InputWidth, model.InputHeight));
            Assert.Equal(["frame"], model.Classes);
        }
    }
}
