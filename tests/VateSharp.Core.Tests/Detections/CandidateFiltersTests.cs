// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Core.Tests.Detections;

public sealed class CandidateFiltersTests
{
    public sealed class TheKeepAtLeastMethod
    {
        [Fact]
        public void Should_KeepOrderOfSurvivors_When_SomeScoreBelowThreshold()
        {
            var box = new BoundingBox(0, 0, 1, 1);
            DetectionCandidate[] candidates = [new(box, 0, 0.1f), new(box, 1, 0.5f), new(box, 2, 0.3f), new(box, 3, 0.29f)];

            var kept = CandidateFilters.KeepAtLeast(candidates, 0.3f);

            Assert.Equal(2, kept);
            Assert.Equal([1, 2], candidates[..kept].Select(c => c.ClassId));
        }
    }
}
