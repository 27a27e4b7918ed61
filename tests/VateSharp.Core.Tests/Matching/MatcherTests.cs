// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;
using VateSharp.Core.Matching;

namespace VateSharp.Core.Tests.Matching;

public sealed class MatcherTests
{
    public sealed class TheMatchMethod
    {
        [Theory]
        [InlineData(MatchingMethod.Hungarian, "0-1,1-0")]
        [InlineData(MatchingMethod.Greedy, "0-0")]
        public void Should_ChooseByMethod_When_TheHeaviestPairBlocksTwoOthers(MatchingMethod method, string expected)
        {
            // Given
            double[,] weight = { { 0.9, 0.8 }, { 0.7, 0.1 } };

            // When
            var pairs = Matcher.Match(weight, 0.5, method);

            // Then
            Assert.Equal(expected, string.Join(',', pairs.Select(p => $"{p.Row}-{p.Column}")));
        }

        [Theory]
        [InlineData(0.49, 0)]
        [InlineData(0.5, 1)]
        [InlineData(0.8, 1)]
        public void Should_DropPairsBelowTheThreshold_When_GivenOneCandidate(double iou, int expectedPairs)
        {
            double[,] weight = { { iou } };

            Assert.Equal(expectedPairs, Matcher.Match(weight, 0.5, MatchingMethod.Hungarian).Count);
            Assert.Equal(expectedPairs, Matcher.Match(weight, 0.5, MatchingMethod.Greedy).Count);
        }

        [Fact]
        public void Should_Throw_When_TheThresholdIsNotPositive()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(
                () => Matcher.Match(new double[1, 1], 0.0, MatchingMethod.Greedy));

            Assert.Equal("minWeight", error.ParamName);
        }
    }

    public sealed class TheIoUMatrixMethod
    {
        [Fact]
        public void Should_HoldPairwiseIoU_When_GivenTwoLists()
        {
            // Given
            BoundingBox[] rows = [new(0, 0, 10, 10), new(20, 20, 30, 30)];
            BoundingBox[] columns = [new(5, 0, 15, 10)];

            // When
            var matrix = Matcher.IoUMatrix(rows, columns);

            // Then
            Assert.Equal(2, matrix.GetLength(0));
            Assert.Equal(1, matrix.GetLength(1));
            Assert.Equal(1.0 / 3.0, matrix[0, 0], 5);
            Assert.Equal(0.0, matrix[1, 0]);
        }
    }
}
