// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Tests.VisDrone;

public sealed class ImageHeaderTests
{
    public sealed class TryReadSize
    {
        [Theory]
        [InlineData("a.jpg", 1920, 1080)]
        [InlineData("b.png", 33, 17)]
        [InlineData("c.bmp", 20, 30)]
        public void Should_ReadSize_When_FileIsImage(string name, int width, int height)
        {
            // Given
            using var temp = new TempFolder();
            var file = temp.WriteJpeg(name, width, height);

            // When
            var ok = ImageHeader.TryReadSize(file, out var w, out var h);

            // Then
            Assert.True(ok);
            Assert.Equal((width, height), (w, h));
        }

        [Fact]
        public void Should_ReturnFalse_When_FileIsNotImage()
        {
            using var temp = new TempFolder();
            var file = temp.WriteText("x.jpg", "hello");

            Assert.False(ImageHeader.TryReadSize(file, out _, out _));
        }

        [Fact]
        public void Should_MatchTheDecoder_When_ReadingRealVocImages()
        {
            // Given
            var files = Directory.GetFiles(Path.Combine(TestAssets.Voc100, "images"), "*.jpg").Order().Take(20);

            foreach (var file in files)
            {
                // When
                ImageHeader.TryReadSize(file, out var w, out var h);

                // Then
                using var image = OpenCvSharp.Cv2.ImRead(file);
                Assert.Equal((image.Width, image.Height), (w, h));
            }
        }
    }
}
