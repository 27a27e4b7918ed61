// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Inference.Decoding;

namespace VateSharp.Inference.Tests.Decoding;

public sealed class YoloV8DecoderTests
{
    public sealed class TheDecodeMethod
    {
        [Fact]
        public void Should_ReadColumns_When_LayoutIsChannelsFirst()
        {
            // Given [1, 4 + 3, 5]: column 3 is a box at (200, 120) of 60x30 whose class 2 scores 0.7.
            var tensor = new TensorBuilder(1, 7, 5)
                .Set(200f, 0, 0, 3).Set(120f, 0, 1, 3).Set(60f, 0, 2, 3).Set(30f, 0, 3, 3)
                .Set(0.7f, 0, 4 + 2, 3).Set(0.2f, 0, 4 + 0, 3)
                .Set(0.1f, 0, 4 + 1, 0);
            var candidates = new List<DetectionCandidate>();

            // When
            new YoloV8Decoder().Decode([tensor.Build()], 640, 640, 0.25f, candidates);

            // Then
            Assert.Equal(new DetectionCandidate(BoundingBox.FromCenter(200, 120, 60, 30), 2, 0.7f), Assert.Single(candidates));
        }

        [Theory]
        [InlineData(1, 84, 8400, true)]
        [InlineData(1, 3, 8400, false)]
        public void Should_NeedFourBoxChannelsAndClasses_When_CheckingShapes(int b, int c, int n, bool ok) =>
            Assert.Equal(ok, new YoloV8Decoder().CheckLayout([[b, c, n]], 640, 640) is null);
    }
}
