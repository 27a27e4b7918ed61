// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference.Tests;

public sealed class PostprocessorTests
{
    public sealed class TheFinishMethod
    {
        [Fact]
        public void Should_MapBackSuppressAndClip_When_GivenLetterboxedCandidates()
        {
            // Given a 200x100 image letterboxed top-left into 100x100 (scale 0.5) and three input-pixel candidates:
            // two overlapping dogs and one box running past the image's right edge.
            var transform = LetterboxTransform.Fit(200, 100, 100, 100, LetterboxAnchor.TopLeft);
            var candidates = new List<DetectionCandidate>
            {
                new(new BoundingBox(10, 10, 30, 30), 16, 0.9f),
                new(new BoundingBox(11, 11, 31, 31), 16, 0.8f),
                new(new BoundingBox(90, 0, 120, 20), 2, 0.7f),
                new(new BoundingBox(0, 0, 5, 5), 0, 0.1f),
            };
            var options = new PostprocessOptions { ScoreThreshold = 0.2f, NmsThreshold = 0.5f };

            // When
            var detections = Postprocessor.Finish(candidates, transform, 200, 100, options, CocoClasses.Names);

            // Then
            Assert.Equal(2, detections.Count);
            Assert.Equal(new Detection(new BoundingBox(20, 20, 60, 60), 16, "dog", 0.9f), detections[0]);
            Assert.Equal(new BoundingBox(180, 0, 200, 40), detections[1].Box);
            Assert.Equal("car", detections[1].Label);
        }

        [Fact]
        public void Should_LeaveABoxPastTheEdgeAsItIs_When_ClippingIsOff()
        {
            // Given a 100x100 stretch and one candidate running past the left and bottom edges
            var transform = LetterboxTransform.Stretch(100, 100, 100, 100);
            var candidates = new List<DetectionCandidate> { new(new BoundingBox(-8, 40, 30, 112), 0, 0.9f) };
            var options = new PostprocessOptions { ScoreThreshold = 0.2f, ClipToImage = false };

            // When
            var detections = Postprocessor.Finish(candidates, transform, 100, 100, options, CocoClasses.Names);

            // Then the box is not cut back to the image
            Assert.Equal(new BoundingBox(-8, 40, 30, 112), Assert.Single(detections).Box);
        }

        [Fact]
        public void Should_KeepOnlyTheBestCandidates_When_MoreThanMaxCandidates()
        {
            var candidates = Enumerable.Range(0, 20)
                .Select(i => new DetectionCandidate(new BoundingBox(i * 10, 0, (i * 10) + 5, 5), 0, i / 20f))
                .ToList();
            var options = new PostprocessOptions { ScoreThreshold = 0f, MaxCandidates = 3 };

            var detections = Postprocessor.Finish(candidates, LetterboxTransform.Stretch(200, 5, 200, 5), 200, 5, options, ["a"]);

            Assert.Equal([0.95f, 0.9f, 0.85f], detections.Select(d => d.Score));
        }
    }
}
