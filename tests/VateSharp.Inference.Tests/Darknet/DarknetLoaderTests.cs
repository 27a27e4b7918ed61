// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Assets;
using VateSharp.Inference.Darknet;
using VateSharp.Inference.Tests.Models;

namespace VateSharp.Inference.Tests.Darknet;

public sealed class DarknetLoaderTests
{
    public sealed class TheYoloThresholdForMethod
    {
        [Theory]
        [InlineData(false, 0.25f, 0.005f)]
        [InlineData(false, 0.001f, 0.001f)]
        [InlineData(true, 0.003f, 0.003f)]
        [InlineData(true, 0.005f, 0.005f)]
        public void Should_KeepTheLowFloor_When_TheThresholdIsNotFixedOrNotHigher(bool isFixed, float score, float expected)
        {
            // Given
            var options = new DetectorOptions { FixedScoreThreshold = isFixed, Postprocess = new PostprocessOptions { ScoreThreshold = score } };

            // When
            var threshold = DarknetLoader.YoloThresholdFor(options);

            // Then
            Assert.Equal(expected, threshold);
        }

        [Fact]
        public void Should_UseTheFloatJustBelowTheScoreThreshold_When_ItIsFixedAndHigher()
        {
            // Given
            var options = new DetectorOptions { FixedScoreThreshold = true, Postprocess = new PostprocessOptions { ScoreThreshold = 0.25f } };

            // When
            var threshold = DarknetLoader.YoloThresholdFor(options);

            // Then: OpenCV keeps scores strictly above thresh, so a score of exactly 0.25 still reaches the decoder
            Assert.Equal(MathF.BitDecrement(0.25f), threshold);
            Assert.True(threshold < 0.25f);
            Assert.Contains("thresh=0.24999999\n", DarknetConfig.WithYoloThreshold("[yolo]\nclasses=80\n", threshold), StringComparison.Ordinal);
        }
    }

    public sealed class TheLoadMethod
    {
        [Fact]
        public async Task Should_ReturnTheSameBoxes_When_TheScoreThresholdIsFixed()
        {
            // Given: Yolo-Fastest loaded with the 0.005 floor and with thresh at the call's own 0.25
            var postprocess = new PostprocessOptions { ScoreThreshold = 0.25f, NmsThreshold = 0.45f, MaxDetections = 100 };
            using var floor = await DetectorFactory.CreateAsync(
                "yolo-fastest-1.1", new DetectorOptions { IntraOpThreads = 1, Postprocess = postprocess }, AssetStore.Default);
            using var raised = await DetectorFactory.CreateAsync(
                "yolo-fastest-1.1",
                new DetectorOptions { IntraOpThreads = 1, Postprocess = postprocess, FixedScoreThreshold = true },
                AssetStore.Default);
            using var image = Cv2.ImRead(await DetectorCache.SampleImageAsync("dog.jpg"));

            // When
            var expected = floor.Detect(image);
            var actual = raised.Detect(image);

            // Then
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }
}
