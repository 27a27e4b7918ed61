// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Core.Tests.Detections;

public sealed class NonMaxSuppressionTests
{
    public sealed class TheApplyMethod
    {
        // Each row: boxes as "x1,y1,x2,y2,class,score" separated by ';', threshold, class-aware, expected survivors
        // as the indices of the input boxes in output order.
        [Theory]
        [InlineData("0,0,10,10,0,0.9;1,1,11,11,0,0.8", 0.5f, true, "0")]
        [InlineData("0,0,10,10,0,0.9;1,1,11,11,1,0.8", 0.5f, true, "0,1")]
        [InlineData("0,0,10,10,0,0.9;1,1,11,11,1,0.8", 0.5f, false, "0")]
        [InlineData("0,0,10,10,0,0.8;1,1,11,11,0,0.9", 0.5f, true, "1")]
        [InlineData("0,0,10,10,0,0.9;5,0,15,10,0,0.8", 0.5f, true, "0,1")]
        [InlineData("0,0,10,10,0,0.9;5,0,15,10,0,0.8", 0.3f, true, "0")]
        [InlineData("0,0,10,10,0,0.9;20,20,30,30,0,0.7;1,1,11,11,0,0.8", 0.5f, true, "0,1")]
        [InlineData("0,0,10,10,2,0.5;0,0,10,10,1,0.7;0,0,10,10,2,0.6", 0.5f, true, "1,2")]
        [InlineData("0,0,10,10,0,0.9;0,0,10,10,0,0.8", 1.0f, true, "0,1")]
        public void Should_KeepExpectedBoxes_When_GivenTinyCases(string boxes, float iou, bool classAware, string expected)
        {
            // Given
            var input = Parse(boxes);
            var span = input.ToArray();

            // When
            var kept = NonMaxSuppression.Apply(span, iou, classAware);

            // Then
            var survivors = span[..kept].Select(c => Array.IndexOf(input, c)).ToArray();
            Assert.Equal(expected.Split(',').Select(int.Parse), survivors);
        }

        [Fact]
        public void Should_CapAndSortByScore_When_MaxDetectionsIsSmall()
        {
            var candidates = Enumerable.Range(0, 50)
                .Select(i => new DetectionCandidate(new BoundingBox(i * 20, 0, (i * 20) + 10, 10), i % 3, i / 100f))
                .ToArray();

            var kept = NonMaxSuppression.Apply(candidates, 0.5f, classAware: true, maxDetections: 5);

            Assert.Equal(5, kept);
            Assert.Equal([0.49f, 0.48f, 0.47f, 0.46f, 0.45f], candidates[..5].Select(c => c.Score));
        }

        [Fact]
        public void Should_HandleThousands_When_CandidatesExceedTheStackLimit()
        {
            // 3000 boxes of one class, pairs overlapping exactly: half survive, with no stack overflow.
            var candidates = Enumerable.Range(0, 3000)
                .Select(i => new DetectionCandidate(new BoundingBox((i / 2) * 20, 0, ((i / 2) * 20) + 10, 10), 0, 1f - (i * 1e-4f)))
                .ToArray();

            var kept = NonMaxSuppression.Apply(candidates, 0.5f);

            Assert.Equal(1500, kept);
        }

        [Fact]
        public void Should_Throw_When_ThresholdIsOutOfRange()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => NonMaxSuppression.Apply(Span<DetectionCandidate>.Empty, 1.5f));

            Assert.Equal("iouThreshold", error.ParamName);
            Assert.Contains("[0, 1]", error.Message, StringComparison.Ordinal);
        }

        private static DetectionCandidate[] Parse(string boxes) =>
        [
            .. boxes.Split(';').Select(b =>
            {
                var v = b.Split(',').Select(s => float.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                return new DetectionCandidate(new BoundingBox(v[0], v[1], v[2], v[3]), (int)v[4], v[5]);
            }),
        ];
    }
}
