// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Core.Tests.Geometry;

public sealed class BoundingBoxTests
{
    public sealed class TheIoUMethod
    {
        [Theory]
        [InlineData(0, 0, 10, 10, 0, 0, 10, 10, 1.0)]
        [InlineData(0, 0, 10, 10, 5, 0, 15, 10, 1.0 / 3.0)]
        [InlineData(0, 0, 10, 10, 10, 10, 20, 20, 0.0)]
        [InlineData(0, 0, 10, 10, 2, 2, 4, 4, 0.04)]
        [InlineData(0, 0, 0, 0, 0, 0, 0, 0, 0.0)]
        public void Should_MatchHandComputedOverlap_When_GivenTwoBoxes(
            float ax1, float ay1, float ax2, float ay2, float bx1, float by1, float bx2, float by2, double expected)
        {
            // Given
            var a = new BoundingBox(ax1, ay1, ax2, ay2);
            var b = new BoundingBox(bx1, by1, bx2, by2);

            // When
            var iou = a.IoU(b);

            // Then
            Assert.Equal(expected, iou, 5);
            Assert.Equal(iou, b.IoU(a), 6);
        }
    }

    public sealed class TheFromXywhMethod
    {
        [Fact]
        public void Should_KeepWidthAndHeight_When_ConvertingFromCocoForm()
        {
            var box = BoundingBox.FromXywh(3, 4, 10, 20);

            Assert.Equal(new BoundingBox(3, 4, 13, 24), box);
            Assert.Equal(10f, box.Width);
            Assert.Equal(200f, box.Area);
        }
    }
}
