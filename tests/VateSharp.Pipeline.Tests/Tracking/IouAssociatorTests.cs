// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;
using VateSharp.Pipeline.Tests.Support;
using VateSharp.Tracking.Association;

namespace VateSharp.Pipeline.Tests.Tracking;

public sealed class IouAssociatorTests
{
    public sealed class TheAssociateMethod
    {
        [Theory]
        [InlineData("car", "car", 0.5, true)]
        [InlineData("car", "truck", 0.5, true)]
        [InlineData("car", "person", 0.5, false)]
        [InlineData("car", "person", 0.8, true)]
        [InlineData("car", "car", 0.2, false)]
        public void Should_MatchByIoUAndClassCompatibility_When_GivenOnePair(
            string trackedLabel, string newLabel, double overlap, bool expected)
        {
            // Given: a 100x10 box and one shifted so that the IoU is exactly the overlap asked for.
            var shift = (float)(100.0 * (1.0 - overlap) / (1.0 + overlap));
            var tracked = Objects.Tracked(1, new BoundingBox(0, 0, 100, 10), trackedLabel);
            var incoming = Objects.Detection(new BoundingBox(shift, 0, 100 + shift, 10), newLabel);

            // When
            var association = IouAssociator.Associate([tracked], [incoming]);

            // Then
            Assert.Equal(expected, association.Matches.Count == 1);
            Assert.Equal(expected ? 0 : 1, association.UnmatchedObjects.Count);
            Assert.Equal(expected ? 0 : 1, association.UnmatchedBoxes.Count);
        }

        [Fact]
        public void Should_PreferTheSameClass_When_TwoCandidatesOverlapEqually()
        {
            // Given: two identical boxes, one truck and one car, for a car.
            var tracked = Objects.Tracked(1, new BoundingBox(0, 0, 10, 10), "car");
            var truck = Objects.Detection(0, 0, 10, 10, "truck");
            var car = Objects.Detection(0, 0, 10, 10, "car");

            // When
            var association = IouAssociator.Associate([tracked], [truck, car]);

            // Then
            Assert.Equal(1, Assert.Single(association.Matches).Column);
            Assert.Equal([0], association.UnmatchedBoxes);
        }
    }
}
