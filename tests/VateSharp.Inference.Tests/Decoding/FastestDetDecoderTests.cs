// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Inference.Decoding;

namespace VateSharp.Inference.Tests.Decoding;

public sealed class FastestDetDecoderTests
{
    public sealed class TheDecodeMethod
    {
        [Fact]
        public void Should_DecodeOneCell_When_OnlyItHasObjectness()
        {
            // Given a 2x2 grid on a 100x100 input; cell (x=1, y=0) has objectness 0.9, class 3 probability 0.8,
            // zero offsets (tanh 0 = 0) and zero size logits (sigmoid 0 = half the image).
            var tensor = new TensorBuilder(1, 85, 2, 2)
                .Set(0.9f, 0, 0, 0, 1)
                .Set(0.8f, 0, 5 + 3, 0, 1)
                .Set(0.1f, 0, 5 + 7, 0, 1);
            var candidates = new List<DetectionCandidate>();

            // When
            new FastestDetDecoder().Decode([tensor.Build()], 100, 100, 0.3f, candidates);

            // Then the centre is (1 + 0) / 2 and (0 + 0) / 2 of the input, the size half of it.
            var c = Assert.Single(candidates);
            Assert.Equal(3, c.ClassId);
            Assert.Equal(MathF.Pow(0.9f, 0.6f) * MathF.Pow(0.8f, 0.4f), c.Score, 5);
            Assert.Equal(BoundingBox.FromCenter(50, 0, 50, 50), c.Box);
        }

        [Fact]
        public void Should_RejectOtherLayouts_When_CheckingShapes()
        {
            var problem = new FastestDetDecoder().CheckLayout([[1, 3549, 85]], 352, 352);

            Assert.NotNull(problem);
            Assert.Contains("[1,3549,85]", problem, StringComparison.Ordinal);
        }
    }
}
