// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Geometry;
using VateSharp.Pipeline.CatchUp;
using VateSharp.Pipeline.Tests.Support;
using VateSharp.Tracking;
using VateSharp.Tracking.Flow;

namespace VateSharp.Pipeline.Tests.Tracking;

public sealed class MedianFlowPyramidTests
{
    public sealed class TheUpdateMethod
    {
        [Fact]
        public void Should_FollowObjects_When_EachFrameIsDisposedRightAfterTheUpdate()
        {
            // Given: the tracker keeps its own reference to the previous frame's pyramid, so the frame may go.
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(40, 40, 90, 80), 2.5f, 1f);
            var b = scene.Add(new BoundingBox(150, 100, 250, 190), -2f, -1.5f, 1.02f);
            using var tracker = new MedianFlowTracker();
            using (var first = scene.Frame(0))
            {
                tracker.Initialize(first, [Objects.Tracked(1, scene.BoxAt(a, 0)), Objects.Tracked(2, scene.BoxAt(b, 0))]);
            }

            // When
            for (var f = 1; f <= 10; f++)
            {
                using var frame = scene.Frame(f);
                tracker.Update(frame);
            }

            // Then: the large box's corners come from a coarser pyramid level and still follow it.
            var byId = tracker.Objects.ToDictionary(o => o.Id);
            Assert.True(byId[1].Box.IoU(scene.BoxAt(a, 10)) >= 0.85, $"{byId[1].Box} vs {scene.BoxAt(a, 10)}");
            Assert.True(byId[2].Box.IoU(scene.BoxAt(b, 10)) >= 0.85, $"{byId[2].Box} vs {scene.BoxAt(b, 10)}");
        }

        [Fact]
        public void Should_BuildNoPyramid_When_NoObjectIsFollowed()
        {
            // Given: one object below the tracking floor.
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(40, 40, 90, 80), 2f, 0f);
            using var tracker = new MedianFlowTracker();
            using var first = scene.Frame(0);

            // When
            tracker.Initialize(first, [Objects.Tracked(1, scene.BoxAt(a, 0), score: 0.1f)]);

            // Then
            Assert.False(first.HasPyramid);
        }
    }

    public sealed class TheTrackMethod
    {
        [Fact]
        public void Should_EqualLucasKanadeOnTheImages_When_ThePyramidsArePrebuilt()
        {
            // Given: two frames of a moving scene and points spread over both objects and the background.
            using var scene = new SyntheticScene();
            scene.Add(new BoundingBox(40, 40, 120, 100), 3f, 1f);
            scene.Add(new BoundingBox(180, 120, 260, 200), -2f, 2f);
            using var first = scene.Frame(0);
            using var second = scene.Frame(1);
            var points = Enumerable.Range(0, 60).Select(k => new Point2f(20 + (k % 10 * 28), 20 + (k / 10 * 36))).ToArray();
            var stop = new TermCriteria(CriteriaTypes.Count | CriteriaTypes.Eps, 20, 0.03);

            // When
            var from = first.AcquirePyramid(9, 3);
            var to = second.AcquirePyramid(9, 3);
            var shared = FlowPyramid.Track(from, to, points, 3, stop, out var sharedStatus);
            from.Release();
            to.Release();
            var direct = Array.Empty<Point2f>();
            Cv2.CalcOpticalFlowPyrLK(
                first.Gray, second.Gray, points, ref direct, out var directStatus, out _, new Size(9, 9), 3, stop);

            // Then: the same points, bit for bit, and the same status.
            Assert.Equal(direct, shared);
            Assert.Equal(directStatus, sharedStatus);
            Assert.True(first.HasPyramid);
        }

        [Fact]
        public void Should_ReuseTheCachedPyramid_When_TheSameWindowAndDepthAreAskedFor()
        {
            // Given
            using var scene = new SyntheticScene();
            using var frame = scene.Frame(0);

            // When
            var once = frame.AcquirePyramid(9, 3);
            var again = frame.AcquirePyramid(9, 3);
            var other = frame.AcquirePyramid(7, 2);

            // Then
            Assert.Same(once, again);
            Assert.NotSame(once, other);
            Assert.Equal(3, once.Built);
            Assert.Equal(frame.Gray.Width / 2, once.Level(1).Width);
            once.Release();
            again.Release();
            other.Release();
        }
    }

    public sealed class TheFrameHistory
    {
        [Fact]
        public void Should_KeepPyramidsOnlyOnTheNewestFrames_When_FramesAreAdded()
        {
            // Given
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(40, 40, 90, 80), 2f, 1f);
            using var history = new FrameHistory(new FrameHistoryOptions { PyramidFrames = 2 });
            using var tracker = new MedianFlowTracker();
            var frames = new List<TrackingFrame>();

            // When: the frame loop's order, add then track.
            for (var f = 0; f < 5; f++)
            {
                var frame = scene.Frame(f);
                frames.Add(frame);
                history.Add(frame);
                if (f == 0)
                {
                    tracker.Initialize(frame, [Objects.Tracked(1, scene.BoxAt(a, 0))]);
                }
                else
                {
                    tracker.Update(frame);
                }
            }

            // Then: the frames stay, but only the two newest hold a pyramid; a replay over an older one rebuilds it.
            Assert.Equal([false, false, false, true, true], frames.Select(f => f.HasPyramid));
            using var replay = new MedianFlowTracker();
            replay.Initialize(frames[1], [Objects.Tracked(1, scene.BoxAt(a, 1))]);
            var moved = Assert.Single(replay.Update(frames[2]));
            Assert.True(moved.Box.IoU(scene.BoxAt(a, 2)) >= 0.85, $"{moved.Box} vs {scene.BoxAt(a, 2)}");
        }
    }
}
