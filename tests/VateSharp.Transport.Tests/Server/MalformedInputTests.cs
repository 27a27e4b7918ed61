// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Google.Protobuf;
using NetMQ;
using NetMQ.Sockets;
using VateSharp.Transport.Client;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Server;
using VateSharp.Transport.Tests.TestSupport;
using Wire = VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Tests.Server;

public sealed class MalformedInputTests
{
    public sealed class Handle
    {
        [Fact]
        public async Task Should_KeepServing_When_1000MalformedMessagesArrive()
        {
            // Given a server with a 64 KiB message limit and a raw socket that sends anything
            await using var server = StubServer.Start(new StubDetector(), new DetectionServerOptions
            {
                Endpoint = TestEndpoints.RandomLoopback,
                MaxMessageBytes = 64 * 1024,
            });
            using var raw = new DealerSocket();
            raw.Options.Linger = TimeSpan.Zero;
            raw.Connect(server.Endpoint);
            var random = new Random(7);

            // When 1000 fuzzed messages are sent
            for (var i = 0; i < 1000; i++)
            {
                raw.SendMultipartMessage(Fuzz(random, i));
            }

            // Then a good request is still answered
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });
            var reply = await client.DetectAsync(Requests.Frame("s", 1));
            Assert.Equal(DetectionStatus.Ok, reply.Status);

            // And every fuzzed message was refused or answered without boxes (a few random bodies parse as pings)
            while (server.Counters.Answered < server.Counters.Received)
            {
                await Task.Delay(5);
            }

            var counters = server.Counters;
            Assert.True(counters.Malformed + counters.Answered - counters.Ok >= 950, counters.ToString());
        }

        [Theory]
        [InlineData("wrong-version", "version 9 is not supported")]
        [InlineData("no-magic", "must start with ASCII 'VATE'")]
        [InlineData("bad-body", "not a valid DetectRequest")]
        [InlineData("oversized", "exceeds this server's limit")]
        [InlineData("missing-jpeg", "must have 3 frames")]
        public async Task Should_AnswerWithAnError_When_TheMessageIsRefused(string kind, string expected)
        {
            // Given a server with a 64 KiB limit
            await using var server = StubServer.Start(new StubDetector(), new DetectionServerOptions
            {
                Endpoint = TestEndpoints.RandomLoopback,
                MaxMessageBytes = 64 * 1024,
            });
            using var raw = new DealerSocket();
            raw.Options.Linger = TimeSpan.Zero;
            raw.Connect(server.Endpoint);

            // When a refused message is sent
            raw.SendMultipartMessage(Bad(kind));

            // Then an error message comes back saying why
            NetMQMessage? answer = null;
            Assert.True(raw.TryReceiveMultipartMessage(TimeSpan.FromSeconds(5), ref answer));
            Assert.True(MessageHeader.TryParse(WireCodec.Span(answer[0]), out var header, out _, out _));
            Assert.Equal(MessageKind.Error, header.Kind);
            var error = Wire.ErrorReply.Parser.ParseFrom(answer[1].ToByteArray());
            Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
        }
    }

    private static NetMQMessage Bad(string kind)
    {
        var request = new Wire.DetectRequest { StreamId = "s", FrameId = 1 }.ToByteArray();
        var header = MessageHeader.Write(MessageKind.DetectRequest);
        var message = new NetMQMessage();
        switch (kind)
        {
            case "wrong-version":
                header[4] = 9;
                message.Append(header);
                message.Append(request);
                break;
            case "no-magic":
                message.Append("HELLO"u8.ToArray());
                message.Append(request);
                break;
            case "bad-body":
                message.Append(header);
                message.Append(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F });
                message.Append(TestJpeg.ForFrame(1));
                break;
            case "oversized":
                message.Append(header);
                message.Append(request);
                message.Append(new byte[40 * 1024]);
                message.Append(new byte[40 * 1024]);
                break;
            default:
                message.Append(header);
                message.Append(request);
                break;
        }

        return message;
    }

    private static NetMQMessage Fuzz(Random random, int i)
    {
        var message = new NetMQMessage();
        var valid = new Wire.DetectRequest { StreamId = "f", FrameId = (ulong)i, ScaleX = 1, ScaleY = 1 }.ToByteArray();
        switch (i % 8)
        {
            case 0:
                // Random frames of random bytes.
                for (var f = random.Next(1, 5); f > 0; f--)
                {
                    message.Append(Bytes(random, random.Next(0, 64)));
                }

                break;
            case 1:
                // A valid header, garbage body.
                message.Append(MessageHeader.Write(MessageKind.DetectRequest));
                message.Append(Bytes(random, random.Next(1, 64)));
                message.Append(Bytes(random, 16));
                break;
            case 2:
                // A truncated header.
                message.Append(MessageHeader.Write(MessageKind.Ping)[..random.Next(0, Framing.HeaderLength)]);
                message.Append(new Wire.Ping().ToByteArray());
                break;
            case 3:
                // A valid request whose image is not an image.
                message.Append(MessageHeader.Write(MessageKind.DetectRequest));
                message.Append(valid);
                message.Append(Bytes(random, random.Next(1, 256)));
                break;
            case 4:
                // An unknown kind, or a reply kind sent to the server.
                message.Append(MessageHeader.Write((MessageKind)random.Next(0, 256)));
                message.Append(Bytes(random, 8));
                break;
            case 5:
                // A truncated protobuf body.
                message.Append(MessageHeader.Write(MessageKind.DetectRequest));
                message.Append(valid[..random.Next(1, valid.Length)]);
                message.Append(TestJpeg.ForFrame(1)[..20]);
                break;
            case 6:
                // Bad thresholds and scales.
                message.Append(MessageHeader.Write(MessageKind.DetectRequest));
                message.Append(new Wire.DetectRequest
                {
                    StreamId = "f",
                    FrameId = (ulong)i,
                    ScaleX = float.NaN,
                    ScaleY = -1,
                    Wishes = new Wire.DetectorWishes { ScoreThreshold = 7 },
                }.ToByteArray());
                message.Append(Bytes(random, 8));
                break;
            default:
                // Too many frames, an auth flag without a token.
                var header = MessageHeader.Write(MessageKind.EndOfStream);
                header[6] = Framing.FlagAuthToken;
                message.Append(header);
                for (var f = 0; f < 6; f++)
                {
                    message.Append(Bytes(random, 4));
                }

                break;
        }

        return message;
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
