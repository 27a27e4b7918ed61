// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NetMQ;
using VateSharp.Transport.Client;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Server;
using VateSharp.Transport.Tests.TestSupport;

namespace VateSharp.Transport.Tests.Server;

public sealed class CurveTests
{
    public sealed class Detect
    {
        [Fact]
        public async Task Should_AnswerAllowedKeyAndIgnoreUnknownKey_When_CurveIsOn()
        {
            // Given a CURVE server that allows one client key
            var serverKeys = new NetMQCertificate();
            var allowed = new NetMQCertificate();
            var unknown = new NetMQCertificate();
            await using var server = StubServer.Start(new StubDetector(), new DetectionServerOptions
            {
                Endpoint = TestEndpoints.RandomLoopback,
                Curve = new CurveServerOptions { ServerCertificate = serverKeys, AllowedClientKeys = [allowed.PublicKeyZ85] },
            });
            DetectionClient Client(NetMQCertificate keys) => new(new DetectionClientOptions
            {
                Endpoints = [server.Endpoint],
                DefaultTimeout = TimeSpan.FromMilliseconds(500),
                Curve = new CurveClientOptions { ServerPublicKey = serverKeys.PublicKeyZ85, ClientCertificate = keys },
            });
            using var good = Client(allowed);
            using var stranger = Client(unknown);

            // When both send a frame and ping
            var answered = await good.DetectAsync(Requests.Frame("s", 1, TimeSpan.FromSeconds(5)));
            var ignored = await stranger.DetectAsync(Requests.Frame("s", 1, TimeSpan.FromMilliseconds(500)));
            var pongs = await stranger.PingAsync();

            // Then the allowed client is served and the unknown one hears nothing at all
            Assert.Equal(DetectionStatus.Ok, answered.Status);
            Assert.Equal(DetectionStatus.Timeout, ignored.Status);
            Assert.Empty(pongs);
            Assert.True(server.Counters.Unauthorized >= 2);
        }
    }
}
