// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;
using VateSharp.Pipeline.Tests.Support;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Tests.Tracking;

public sealed class ImageTrackerTests
{
    public sealed class TheUpdateMethod
    {
        [Theory]
        [InlineData(TrackerNames.MedianFlow, 0.85)]
        [InlineData(TrackerNames.Kcf, 0.7)]
        public void Should_FollowMovingObjects_When_TheyTranslate(string name, double minIoU)
        {
            // Given
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(40, 40, 90, 80), 2.5f, 1f);
            var b = scene.Add(new BoundingBox(200, 150, 260, 200), -2f, -1.5f);
            using var tracker = TrackerFactory.Create(name);
            using (var first = scene.Frame(0))
            {
                tracker.Initialize(first, [Objects.Tracked(1, scene.BoxAt(a, 0)), Objects.Tracked(2, scene.BoxAt(b, 0))]);
            }

            // When
            for (var f = 1; f <= 12; f++)
            {
                using var frame = scene.Frame(f);
                tracker.Update(frame);
            }

            // Then
            var byId = tracker.Objects.ToDictionary(o => o.Id);
            Assert.True(byId[1].Box.IoU(scene.BoxAt(a, 12)) >= minIoU, $"{name}: {byId[1].Box} vs {scene.BoxAt(a, 12)}");
            Assert.True(byId[2].Box.IoU(scene.BoxAt(b, 12)) >= minIoU, $"{name}: {byId[2].Box} vs {scene.BoxAt(b, 12)}");
            Assert.All(tracker.Objects, o => Assert.False(o.IsLost));
            Assert.All(tracker.Objects, o => Assert.Equal(12, o.Age));
        }

        [Fact]
        public void Should_ChangeBoxScale_When_TheObjectGrows()
        {
            // Given: an object growing by 3 % per frame, 1.42 times its size after 12 frames.
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(120, 90, 170, 130), 1f, 0.5f, 1.03f);
            using var tracker = TrackerFactory.Create(TrackerNames.MedianFlow);
            using (var first = scene.Frame(0))
            {
                tracker.Initialize(first, [Objects.Tracked(1, scene.BoxAt(a, 0))]);
            }

            // When
            for (var f = 1; f <= 12; f++)
            {
                using var frame = scene.Frame(f);
                tracker.Update(frame);
            }

            // Then
            var truth = scene.BoxAt(a, 12);
            var box = Assert.Single(tracker.Objects).Box;
            Assert.InRange(box.Width / truth.Width, 0.92, 1.08);
            Assert.True(box.IoU(truth) >= 0.85, $"{box} vs {truth}");
        }

        [Theory]
        [InlineData(TrackerNames.MedianFlow)]
        [InlineData(TrackerNames.Kcf)]
        [InlineData(TrackerNames.Motion)]
        public void Should_KeepTheBoxAndDecayTheScore_When_TheObjectScoresBelowTheTrackingFloor(string name)
        {
            // Given: VATE gives boxes under 0.2 no tracker; they stay put and fade by 0.8 per frame.
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(40, 40, 90, 80), 3f, 0f);
            using var tracker = TrackerFactory.Create(name);
            using (var first = scene.Frame(0))
            {
                tracker.Initialize(first, [Objects.Tracked(1, scene.BoxAt(a, 0), score: 0.15f)]);
            }

            // When
            using (var second = scene.Frame(1))
            {
                tracker.Update(second);
            }

            using (var third = scene.Frame(2))
            {
                tracker.Update(third);
            }

            // Then
            var tracked = Assert.Single(tracker.Objects);
            Assert.Equal(scene.BoxAt(a, 0), tracked.Box);
            Assert.True(tracked.IsLost);
            Assert.Equal(0.15f * 0.8f * 0.8f, tracked.Score, 5);
        }

        [Fact]
        public void Should_DropTheObject_When_ItsScoreDecaysBelowTheDropFloor()
        {
            // Given: 0.15 * 0.8^n < 0.1 from n = 2 on.
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(40, 40, 90, 80), 0f, 0f);
            using var tracker = TrackerFactory.Create(TrackerNames.MedianFlow, new TrackerOptions { DropScore = 0.1f });
            using (var first = scene.Frame(0))
            {
                tracker.Initialize(first, [Objects.Tracked(1, scene.BoxAt(a, 0), score: 0.15f)]);
            }

            // When
            using var second = scene.Frame(1);
            var afterOne = tracker.Update(second).Count;
            using var third = scene.Frame(2);
            var afterTwo = tracker.Update(third).Count;

            // Then
            Assert.Equal(1, afterOne);
            Assert.Equal(0, afterTwo);
        }

        [Fact]
        public void Should_MarkTheObjectLost_When_ItsContentsVanish()
        {
            // Given: a box over a region that turns flat grey, so no point can be followed.
            using var scene = new SyntheticScene();
            using var tracker = TrackerFactory.Create(TrackerNames.MedianFlow);
            using var textured = scene.Render(0);
            using var flat = new OpenCvSharp.Mat(scene.Height, scene.Width, OpenCvSharp.MatType.CV_8UC3, new OpenCvSharp.Scalar(128, 128, 128));
            using var first = TrackingFrame.FromImage(textured, 0, TimeSpan.Zero);
            using var second = TrackingFrame.FromImage(flat, 1, TimeSpan.FromMilliseconds(40));
            tracker.Initialize(first, [Objects.Tracked(1, new BoundingBox(40, 40, 90, 80), score: 0.5f)]);

            // When
            var tracked = Assert.Single(tracker.Update(second));

            // Then
            Assert.True(tracked.IsLost);
            Assert.Equal(0.4f, tracked.Score, 5);
            Assert.Equal(new BoundingBox(40, 40, 90, 80), tracked.Box);
        }

        [Fact]
        public void Should_TrackInOriginalPixels_When_TheFrameIsShrunk()
        {
            // Given: a 640-wide scene tracked on a 320-wide gray copy.
            using var scene = new SyntheticScene(640, 480);
            var a = scene.Add(new BoundingBox(100, 100, 200, 180), 4f, 2f);
            var options = new TrackingFrameOptions { MaxWidth = 320 };
            using var tracker = TrackerFactory.Create(TrackerNames.MedianFlow);
            using (var first = scene.Frame(0, options))
            {
                Assert.Equal(0.5f, first.Scale);
                tracker.Initialize(first, [Objects.Tracked(1, scene.BoxAt(a, 0))]);
            }

            // When
            for (var f = 1; f <= 8; f++)
            {
                using var frame = scene.Frame(f, options);
                tracker.Update(frame);
            }

            // Then
            Assert.True(Assert.Single(tracker.Objects).Box.IoU(scene.BoxAt(a, 8)) >= 0.85);
        }
    }

    public sealed class TheInitializeMethod
    {
        [Fact]
        public void Should_Throw_When_TheFrameHasNoImage()
        {
            using var tracker = TrackerFactory.Create(TrackerNames.MedianFlow);
            using var frame = TrackingFrame.WithoutImage(0, TimeSpan.Zero, 100, 100);

            var error = Assert.Throws<ArgumentException>(() => tracker.Initialize(frame, []));

            Assert.Equal("frame", error.ParamName);
            Assert.Contains("FromImage", error.Message, StringComparison.Ordinal);
        }
    }
}
