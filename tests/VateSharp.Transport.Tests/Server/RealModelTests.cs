// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Assets;
using VateSharp.Inference;
using VateSharp.Transport.Client;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Server;
using VateSharp.Transport.Tests.TestSupport;

namespace VateSharp.Transport.Tests.Server;

public sealed class RealModelTests
{
    public sealed class Detect
    {
        [Fact]
        public async Task Should_ReturnTheModelsBoxesInOriginalPixels_When_AHalfSizeDogJpegIsSent()
        {
            // Given YOLOX-Nano served over loopback, and dog.jpg (768x576) sent at half size
            var options = new DetectorOptions { IntraOpThreads = 1 };
            using var direct = await DetectorFactory.CreateAsync("yolox-nano", options, AssetStore.Default);
            var served = await DetectorFactory.CreateAsync("yolox-nano", options, AssetStore.Default);
            await using var server = new DetectionServer(_ => served, new DetectionServerOptions { Endpoint = TestEndpoints.RandomLoopback });
            server.Start();
            using var client = new DetectionClient(new DetectionClientOptions { Endpoints = [server.Endpoint] });
            var folder = await AssetStore.Default.GetDataFolderAsync("sample-images");
            using var original = Cv2.ImRead(Path.Combine(folder, "dog.jpg"));
            using var half = original.Resize(new Size(original.Width / 2, original.Height / 2));
            Cv2.ImEncode(".jpg", half, out var jpeg, [(int)ImwriteFlags.JpegQuality, 90]);

            // When the frame goes through the server
            var reply = await client.DetectAsync(new DetectionRequest
            {
                StreamId = "dog",
                FrameId = 1,
                Jpeg = jpeg,
                ScaleX = 2f,
                ScaleY = 2f,
                FrameWidth = original.Width,
                FrameHeight = original.Height,
                Timeout = TimeSpan.FromSeconds(10),
            });

            // Then it finds the dog, bicycle and car, with boxes in original pixels near those of a direct run on
            // the half-size image scaled up by 2
            Assert.Equal(DetectionStatus.Ok, reply.Status);
            Assert.Equal("yolox-nano", reply.Model);
            foreach (var label in new[] { "dog", "bicycle" })
            {
                Assert.Contains(reply.Detections, d => d.Label == label);
            }

            using var decoded = Cv2.ImDecode(jpeg, ImreadModes.Color);
            var expected = direct.Detect(decoded).Single(d => d.Label == "dog").Box.Scale(2f, 2f);
            var dog = reply.Detections.Single(d => d.Label == "dog").Box;
            Assert.True(dog.IoU(expected) > 0.99f, $"served {dog}, direct {expected}");
            Assert.All(reply.Detections, d => Assert.True(d.Box.X2 <= original.Width && d.Box.Y2 <= original.Height));
        }
    }
}
