// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Inference.Decoding;

namespace VateSharp.Inference.Tests.Decoding;

public sealed class YoloxDecoderTests
{
    public sealed class TheDecodeMethod
    {
        [Fact]
        public void Should_UseTheStrideOfTheCellsLevel_When_DecodingARow()
        {
            // Given a 64x64 input: 8x8 cells at stride 8, 4x4 at 16, 2x2 at 32 = 84 rows. Row 64 + 2 * 4 + 1 is the
            // stride-16 cell at x=1, y=2.
            var tensor = new TensorBuilder(1, 84, 85);
            var row = 64 + (2 * 4) + 1;
            tensor.Set(0.5f, 0, row, 0).Set(0.5f, 0, row, 1).Set(MathF.Log(2f), 0, row, 2).Set(0f, 0, row, 3)
                .Set(0.9f, 0, row, 4).Set(0.5f, 0, row, 5 + 7).Set(0.2f, 0, row, 5 + 1);
            var candidates = new List<DetectionCandidate>();

            // When
            new YoloxDecoder().Decode([tensor.Build()], 64, 64, 0.1f, candidates);

            // Then centre ((0.5 + 1) * 16, (0.5 + 2) * 16), size (2 * 16, 1 * 16), score 0.9 * 0.5.
            var c = Assert.Single(candidates);
            Assert.Equal(7, c.ClassId);
            Assert.Equal(0.45f, c.Score, 5);
            Assert.Equal(BoundingBox.FromCenter(24, 40, 32, 16).X1, c.Box.X1, 4);
            Assert.Equal(BoundingBox.FromCenter(24, 40, 32, 16).Y2, c.Box.Y2, 4);
        }

        [Theory]
        [InlineData(416, 416, 3549, true)]
        [InlineData(640, 640, 8400, true)]
        [InlineData(416, 416, 8400, false)]
        public void Should_ExpectTheCellCountOfTheInputSize_When_CheckingShapes(int w, int h, int rows, bool ok)
        {
            var problem = new YoloxDecoder().CheckLayout([[1, rows, 85]], w, h);

            Assert.Equal(ok, problem is null);
        }
    }
}
