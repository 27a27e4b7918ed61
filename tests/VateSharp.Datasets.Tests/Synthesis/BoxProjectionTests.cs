// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Synthesis;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Tests.Synthesis;

public sealed class BoxProjectionTests
{
    public sealed class TryProject
    {
        [Theory]
        [InlineData(10, 10, 20, 20, true, 20, 20, 40, 40, false)]
        [InlineData(-5, 0, 20, 10, true, 0, 0, 30, 20, true)]
        [InlineData(-15, 0, 20, 10, false, 0, 0, 10, 20, true)]
        [InlineData(90, 90, 20, 20, false, 180, 180, 20, 20, true)]
        public void Should_ScaleClipAndDrop_When_ScalingByTwo(
            double x, double y, double w, double h, bool kept, double ex, double ey, double ew, double eh, bool truncated)
        {
            // Given: x' = 2x, y' = 2y into a 200x200 frame.
            double[] affine = [2, 0, 0, 0, 2, 0];

            // When
            var ok = BoxProjection.TryProject(affine, new CocoBox(x, y, w, h), 200, 200, 0.5, out var box, out var cut);

            // Then
            Assert.Equal(kept, ok);
            Assert.Equal(new CocoBox(ex, ey, ew, eh), box);
            Assert.Equal(truncated, cut);
        }

        [Fact]
        public void Should_TakeTheRotatedCornersHull_When_Rotating90Degrees()
        {
            // Given: x' = -y + 100, y' = x.
            double[] affine = [0, -1, 100, 1, 0, 0];

            // When
            var ok = BoxProjection.TryProject(affine, new CocoBox(10, 20, 30, 5), 200, 200, 0.5, out var box, out _);

            // Then
            Assert.True(ok);
            Assert.Equal(new CocoBox(75, 10, 5, 30), box);
        }
    }
}
