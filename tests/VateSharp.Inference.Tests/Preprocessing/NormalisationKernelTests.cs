// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;
using VateSharp.Inference.Preprocessing;

namespace VateSharp.Inference.Tests.Preprocessing;

public sealed class NormalisationKernelTests
{
    // A 2x2 BGR image whose rows are 8 bytes apart (2 padding bytes per row, as OpenCV views can have).
    private static readonly byte[] Pixels =
    [
        10, 20, 30, 40, 50, 60, 0xEE, 0xEE,
        70, 80, 90, 100, 110, 120, 0xEE, 0xEE,
    ];

    public sealed class TheApplyMethod
    {
        [Fact]
        public void Should_WritePlanarBgr_When_NotSwapping()
        {
            var tensor = new float[12];

            NormalisationKernel.Apply(Pixels, 2, 2, 8, tensor, ChannelCoefficients.From(Normalisation.Identity), swapRedBlue: false);

            Assert.Equal([10f, 40, 70, 100, 20, 50, 80, 110, 30, 60, 90, 120], tensor);
        }

        [Fact]
        public void Should_WritePlanarRgbScaled_When_SwappingWithUnitScale()
        {
            var tensor = new float[12];
            var unit = new Normalisation { Scale = 1f / 255f, Mean = [0f, 0f, 0f], Std = [1f, 1f, 1f] };

            NormalisationKernel.Apply(Pixels, 2, 2, 8, tensor, ChannelCoefficients.From(unit), swapRedBlue: true);

            Assert.Equal(30f / 255f, tensor[0], 6);
            Assert.Equal(120f / 255f, tensor[3], 6);
            Assert.Equal(10f / 255f, tensor[8], 6);
        }

        [Fact]
        public void Should_ApplyMeanAndStdPerChannel_When_GivenPicoDetNormalisation()
        {
            var tensor = new float[12];
            var picoDet = new Normalisation { Scale = 1f, Mean = [103.53f, 116.28f, 123.675f], Std = [57.375f, 57.12f, 58.395f] };

            NormalisationKernel.Apply(Pixels, 2, 2, 8, tensor, ChannelCoefficients.From(picoDet), swapRedBlue: false);

            Assert.Equal((10f - 103.53f) / 57.375f, tensor[0], 5);
            Assert.Equal((80f - 116.28f) / 57.12f, tensor[6], 5);
            Assert.Equal((120f - 123.675f) / 58.395f, tensor[11], 5);
        }

        [Fact]
        public void Should_Refuse_When_DestinationIsTooSmall()
        {
            var error = Assert.Throws<ArgumentException>(
                () => NormalisationKernel.Apply(Pixels, 2, 2, 8, new float[11], ChannelCoefficients.From(Normalisation.Identity), false));

            Assert.Equal("destination", error.ParamName);
            Assert.Contains("12", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_When_StrideIsShorterThanARow()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(
                () => NormalisationKernel.Apply(Pixels, 2, 2, 5, new float[12], ChannelCoefficients.From(Normalisation.Identity), false));

            Assert.Equal("stride", error.ParamName);
        }
    }
}
