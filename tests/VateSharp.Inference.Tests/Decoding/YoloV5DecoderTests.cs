// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Inference.Decoding;

namespace VateSharp.Inference.Tests.Decoding;

public sealed class YoloV5DecoderTests
{
    public sealed class TheDecodeMethod
    {
        [Fact]
        public void Should_ScoreObjectnessTimesClass_When_RowsArePixelBoxes()
        {
            // Given [1, 3, 5 + 2]: row 1 is a box at (100, 50) of 40x20 with objectness 0.8 and class 1 at 0.75.
            var tensor = new TensorBuilder(1, 3, 7)
                .Set(100f, 0, 1, 0).Set(50f, 0, 1, 1).Set(40f, 0, 1, 2).Set(20f, 0, 1, 3).Set(0.8f, 0, 1, 4).Set(0.75f, 0, 1, 6)
                .Set(0.9f, 0, 2, 4).Set(0.1f, 0, 2, 5);
            var candidates = new List<DetectionCandidate>();

            // When
            new YoloV5Decoder().Decode([tensor.Build()], 640, 640, 0.25f, candidates);

            // Then row 2 (0.9 * 0.1 = 0.09) stays below threshold.
            Assert.Equal(new DetectionCandidate(BoundingBox.FromCenter(100, 50, 40, 20), 1, 0.6f), Assert.Single(candidates));
        }

        [Fact]
        public void Should_RejectTheV8Layout_When_CheckingShapes() =>
            Assert.NotNull(new YoloV5Decoder().CheckLayout([[1, 8400]], 640, 640));
    }
}
