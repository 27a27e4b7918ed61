// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;
using VateSharp.Pipeline.Tests.Support;
using VateSharp.Tracking.Motion;

namespace VateSharp.Pipeline.Tests.Tracking;

public sealed class MotionTrackerTests
{
    public sealed class TheUpdateMethod
    {
        [Fact]
        public void Should_ExtrapolateVelocityAndGrowth_When_MeasurementsFollowASteadyMotion()
        {
            // Given: a box moving 4 px right and growing 1 px per frame, measured on frames 0 to 5.
            using var tracker = new MotionTracker();
            BoundingBox Truth(int f) => BoundingBox.FromCenter(50 + (4 * f), 60, 20 + f, 10 + f);
            tracker.Initialize(0, [Objects.Tracked(7, Truth(0))]);
            for (var f = 1; f <= 5; f++)
            {
                tracker.Update(f);
                tracker.Initialize(f, [Objects.Tracked(7, Truth(f))]);
            }

            // When: three frames without measurement.
            tracker.Update(6);
            tracker.Update(7);
            var tracked = Assert.Single(tracker.Update(8));

            // Then
            Assert.True(tracked.Box.IoU(Truth(8)) > 0.8, $"{tracked.Box} vs {Truth(8)}");
            Assert.True(tracked.Box.CenterX > Truth(5).CenterX + 8);
            Assert.Equal(7, tracked.Id);
        }

        [Fact]
        public void Should_StandStill_When_AnObjectHasOneMeasurement()
        {
            using var tracker = new MotionTracker();
            var box = new BoundingBox(10, 10, 30, 30);
            tracker.Initialize(0, [Objects.Tracked(1, box)]);

            var tracked = Assert.Single(tracker.Update(1));

            Assert.Equal(box.CenterX, tracked.Box.CenterX, 3);
            Assert.False(tracked.IsLost);
        }

        [Fact]
        public void Should_StopAndFade_When_PredictionRunsPastItsHorizon()
        {
            // Given
            using var tracker = new MotionTracker(motion: new MotionModelOptions { MaxPredictedFrames = 2 });
            tracker.Initialize(0, [Objects.Tracked(1, new BoundingBox(10, 10, 30, 30), score: 0.5f)]);

            // When
            tracker.Update(1);
            tracker.Update(2);
            var third = Assert.Single(tracker.Update(3));

            // Then
            Assert.True(third.IsLost);
            Assert.Equal(0.4f, third.Score, 5);
        }

        [Fact]
        public void Should_ForgetIds_When_InitializeLeavesThemOut()
        {
            using var tracker = new MotionTracker();
            tracker.Initialize(0, [Objects.Tracked(1, new BoundingBox(0, 0, 5, 5)), Objects.Tracked(2, new BoundingBox(9, 9, 20, 20))]);

            tracker.Initialize(0, [Objects.Tracked(2, new BoundingBox(9, 9, 20, 20))]);

            Assert.Equal([2], tracker.Update(1).Select(o => o.Id));
        }
    }
}
