// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Inference.Darknet;

namespace VateSharp.Inference.Tests.Darknet;

public sealed class DarknetConfigTests
{
    private static readonly string Cfg = "[net]\nwidth=320\nheight = 256\n\n[convolutional]\nfilters=255\n\n[yolo]\nmask=3,4,5\nthresh = 0.25\nclasses=80\n\n[route]\nlayers=-4\n\n[yolo]\r\nclasses=80\r\n";

    public sealed class TheWithYoloThresholdMethod
    {
        [Fact]
        public void Should_SetOneThreshPerYoloSection_When_SomeHaveOne()
        {
            var rewritten = DarknetConfig.WithYoloThreshold(Cfg, 0.005f);

            Assert.Equal(2, rewritten.Split('\n').Count(l => l == "thresh=0.005"));
            Assert.DoesNotContain("thresh = 0.25", rewritten, StringComparison.Ordinal);
            Assert.Contains("filters=255", rewritten, StringComparison.Ordinal);
        }
    }

    public sealed class TheInputSizeMethod
    {
        [Fact]
        public void Should_ReadNetSection_When_SpacesSurroundTheEquals() =>
            Assert.Equal((320, 256), DarknetConfig.InputSize(Cfg));

        [Fact]
        public void Should_ReturnNull_When_NetSectionLacksTheSize() =>
            Assert.Null(DarknetConfig.InputSize("[net]\nbatch=1\n[yolo]\n"));
    }
}
