// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cloud.Ensemble.Fusion;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Transport.Tests.Cloud;

public sealed class WeightedBoxFusionTests
{
    private static Detection Box(float x1, float y1, float x2, float y2, float score, int cls = 0) =>
        new(new BoundingBox(x1, y1, x2, y2), cls, cls.ToString(System.Globalization.CultureInfo.InvariantCulture), score);

    public sealed class Fuse
    {
        [Fact]
        public void Should_AverageCornersByConfidence_When_TwoModelsAgree()
        {
            // Given two models that see one object slightly apart, with scores 0.9 and 0.3
            var a = new[] { Box(0, 0, 10, 10, 0.9f) };
            var b = new[] { Box(2, 0, 12, 10, 0.3f) };

            // When fused
            var fused = Assert.Single(WeightedBoxFusion.Fuse([a, b]));

            // Then x1 = (0*0.9 + 2*0.3)/1.2 = 0.5, x2 = 10.5, confidence = mean 0.6 * min(2,2)/2
            Assert.Equal(0.5f, fused.Box.X1, 4);
            Assert.Equal(10.5f, fused.Box.X2, 4);
            Assert.Equal(0.6f, fused.Score, 4);
        }

        [Theory]
        [InlineData(1f, 1f, 0.45f)]
        [InlineData(3f, 1f, 0.675f)]
        public void Should_ScaleLoneBoxesByModelWeights(float weightA, float weightB, float expected)
        {
            // Given a box only model A found, with score 0.9
            var a = new[] { Box(0, 0, 10, 10, 0.9f) };

            // When fused with weights; confidence = 0.9 * wA * min(1, 2) / (wA + wB)
            var fused = Assert.Single(WeightedBoxFusion.Fuse([a, []], [weightA, weightB]));

            // Then a lone box keeps only its model's share
            Assert.Equal(expected, fused.Score, 4);
        }

        [Theory]
        [InlineData(0, 0, 10, 10, 0, 1)]
        [InlineData(0, 0, 10, 10, 1, 2)]
        [InlineData(20, 20, 30, 30, 0, 2)]
        [InlineData(0, 0, 10, 5, 0, 2)]
        public void Should_ClusterOnlySameClassBoxesAboveTheIouThreshold(
            float x1, float y1, float x2, float y2, int cls, int expectedBoxes)
        {
            // Given a reference box and a second box from another model
            var a = new[] { Box(0, 0, 10, 10, 0.8f) };
            var b = new[] { Box(x1, y1, x2, y2, 0.8f, cls) };

            // When fused with the paper's IoU 0.55, then overlapping same-class boxes merge and others do not
            Assert.Equal(expectedBoxes, WeightedBoxFusion.Fuse([a, b]).Count);
        }

        [Fact]
        public void Should_Throw_When_WeightsDoNotMatchModels()
        {
            // When one weight is given for two models, then the message names both counts
            var error = Assert.Throws<ArgumentException>(() => WeightedBoxFusion.Fuse([[], []], [1f]));
            Assert.Equal("weights", error.ParamName);
            Assert.Contains("(2); got 1", error.Message, StringComparison.Ordinal);
        }
    }
}
