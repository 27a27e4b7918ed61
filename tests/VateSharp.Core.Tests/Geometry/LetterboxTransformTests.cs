// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Core.Tests.Geometry;

public sealed class LetterboxTransformTests
{
    public sealed class TheFitMethod
    {
        [Theory]
        [InlineData(768, 576, 416, 416, LetterboxAnchor.TopLeft, 416, 312, 0, 0)]
        [InlineData(768, 576, 416, 416, LetterboxAnchor.Centre, 416, 312, 0, 52)]
        [InlineData(576, 768, 416, 416, LetterboxAnchor.Centre, 312, 416, 52, 0)]
        [InlineData(640, 640, 416, 416, LetterboxAnchor.Centre, 416, 416, 0, 0)]
        [InlineData(500, 375, 320, 320, LetterboxAnchor.Centre, 320, 240, 0, 40)]
        [InlineData(101, 50, 320, 320, LetterboxAnchor.Centre, 320, 158, 0, 81)]
        public void Should_MatchReferenceSizesAndPads_When_Fitting(
            int sw, int sh, int iw, int ih, LetterboxAnchor anchor, int rw, int rh, int padX, int padY)
        {
            var t = LetterboxTransform.Fit(sw, sh, iw, ih, anchor);

            Assert.Equal(rw, t.ResizedWidth);
            Assert.Equal(rh, t.ResizedHeight);
            Assert.Equal(padX, t.PadX);
            Assert.Equal(padY, t.PadY);
            Assert.Equal(t.ScaleX, t.ScaleY);
        }

        [Theory]
        [InlineData(LetterboxAnchor.TopLeft)]
        [InlineData(LetterboxAnchor.Centre)]
        public void Should_RoundTrip_When_MappingForwardThenBack(LetterboxAnchor anchor)
        {
            // Given
            var t = LetterboxTransform.Fit(768, 576, 416, 416, anchor);
            var box = new BoundingBox(132.5f, 206f, 325.25f, 543f);

            // When
            var back = t.ToSource(t.ToInput(box));

            // Then
            Assert.Equal(box.X1, back.X1, 3);
            Assert.Equal(box.Y1, back.Y1, 3);
            Assert.Equal(box.X2, back.X2, 3);
            Assert.Equal(box.Y2, back.Y2, 3);
        }

        [Fact]
        public void Should_PutImageCornerAtPad_When_Centred()
        {
            var t = LetterboxTransform.Fit(768, 576, 416, 416, LetterboxAnchor.Centre);

            var corner = t.ToInput(new BoundingBox(0, 0, 768, 576));

            Assert.Equal(new BoundingBox(0, 52, 416, 364), corner);
        }

        [Fact]
        public void Should_ExplainTheProblem_When_SourceIsEmpty()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => LetterboxTransform.Fit(0, 10, 416, 416, LetterboxAnchor.TopLeft));

            Assert.Equal("sourceWidth", error.ParamName);
            Assert.Contains("0x10", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheStretchMethod
    {
        [Theory]
        [InlineData(768, 576, 352, 352, 0.458333f, 0.611111f)]
        [InlineData(320, 320, 320, 320, 1f, 1f)]
        public void Should_ScaleAxesIndependently_When_Stretching(int sw, int sh, int iw, int ih, float sx, float sy)
        {
            var t = LetterboxTransform.Stretch(sw, sh, iw, ih);

            Assert.Equal(sx, t.ScaleX, 5);
            Assert.Equal(sy, t.ScaleY, 5);
            Assert.Equal(0f, t.PadX);
            Assert.Equal(new BoundingBox(0, 0, sw, sh), t.ToSource(new BoundingBox(0, 0, iw, ih)));
        }
    }
}
