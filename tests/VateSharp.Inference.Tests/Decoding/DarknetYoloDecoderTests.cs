// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Inference.Decoding;

namespace VateSharp.Inference.Tests.Decoding;

public sealed class DarknetYoloDecoderTests
{
    public sealed class TheDecodeMethod
    {
        [Fact]
        public void Should_ScaleNormalisedBoxes_When_RowsComeFromTwoHeads()
        {
            // Given two heads of two rows each; one row per head scores above threshold.
            var head1 = new TensorBuilder(2, 85).Set(0.5f, 1, 0).Set(0.5f, 1, 1).Set(0.25f, 1, 2).Set(0.5f, 1, 3).Set(0.8f, 1, 5 + 16);
            var head2 = new TensorBuilder(2, 85).Set(0.1f, 0, 0).Set(0.2f, 0, 1).Set(0.1f, 0, 2).Set(0.1f, 0, 3).Set(0.6f, 0, 5 + 2)
                .Set(0.01f, 1, 5 + 2);
            var candidates = new List<DetectionCandidate>();

            // When
            new DarknetYoloDecoder().Decode([head1.Build(), head2.Build()], 320, 320, 0.05f, candidates);

            // Then
            Assert.Equal(2, candidates.Count);
            Assert.Equal(new DetectionCandidate(BoundingBox.FromCenter(160, 160, 80, 160), 16, 0.8f), candidates[0]);
            Assert.Equal(2, candidates[1].ClassId);
        }
    }
}
