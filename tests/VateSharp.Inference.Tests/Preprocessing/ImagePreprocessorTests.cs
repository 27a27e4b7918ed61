// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Assets;
using VateSharp.Inference.Preprocessing;

namespace VateSharp.Inference.Tests.Preprocessing;

public sealed class ImagePreprocessorTests
{
    public sealed class TheRunMethod
    {
        [Theory]
        [InlineData(ResizeMode.LetterboxTopLeft, 0, 0)]
        [InlineData(ResizeMode.LetterboxCentred, 0, 8)]
        public void Should_PadWithTheModelsGrey_When_Letterboxing(ResizeMode resize, int padX, int padY)
        {
            // Given a uniform 40x20 image (B=10, G=20, R=30) fitted into 32x32: resized to 32x16.
            using var image = new Mat(20, 40, MatType.CV_8UC3, new Scalar(10, 20, 30));
            using var preprocessor = new ImagePreprocessor(Settings(resize));
            var tensor = new float[3 * 32 * 32];

            // When
            var transform = preprocessor.Run(image, tensor);

            // Then the image occupies rows padY..padY+15 and everything else is pad value 114.
            Assert.Equal((32, 16), (transform.ResizedWidth, transform.ResizedHeight));
            Assert.Equal((padX, padY), ((int)transform.PadX, (int)transform.PadY));
            Assert.Equal(10f, tensor[((padY + 3) * 32) + 5]);
            Assert.Equal(30f, tensor[(2 * 1024) + ((padY + 15) * 32) + 31]);
            var padRow = resize == ResizeMode.LetterboxTopLeft ? 20 : 2;
            Assert.Equal(114f, tensor[(padRow * 32) + 4]);
        }

        [Fact]
        public void Should_ExplainTheProblem_When_ImageIsEmpty()
        {
            using var preprocessor = new ImagePreprocessor(Settings(ResizeMode.Stretch));
            using var empty = new Mat();

            var error = Assert.Throws<ArgumentException>(() => preprocessor.Run(empty, new float[3 * 32 * 32]));

            Assert.Equal("image", error.ParamName);
            Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_AcceptGreyImages_When_ConvertingToBgr()
        {
            using var grey = new Mat(32, 32, MatType.CV_8UC1, new Scalar(77));
            using var preprocessor = new ImagePreprocessor(Settings(ResizeMode.Stretch));
            var tensor = new float[3 * 32 * 32];

            preprocessor.Run(grey, tensor);

            Assert.All(tensor, v => Assert.Equal(77f, v));
        }

        private static PreprocessSettings Settings(ResizeMode resize) => new()
        {
            InputWidth = 32,
            InputHeight = 32,
            ColourOrder = ColourOrder.Bgr,
            Normalisation = Normalisation.Identity,
            Resize = resize,
            PadValue = 114,
        };
    }
}
