// Copyright (c) VateSharp developers. Licensed under the MIT licence.

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
        public void Should_GiveTheSameTracks_When_PyramidsAreSharedOrRebuiltPerCall()
        {
            // Given: the same frames tracked once on shared pyramids and once with OpenCV building them per call.
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(40, 40, 90, 80), 2.5f, 1f);
            var b = scene.Add(new BoundingBox(200, 150, 260, 200), -2f, -1.5f, 1.02f);
            var c = scene.Add(new BoundingBox(150, 60, 166, 74), 1f, 2f);
            using var shared = new MedianFlowTracker(flow: new MedianFlowOptions { SharePyramids = true });
            using var rebuilt = new MedianFlowTracker(flow: new MedianFlowOptions { SharePyramids = false });
            TrackedObject[] start =
            [
                Objects.Tracked(1, scene.BoxAt(a, 0)), Objects.Tracked(2, scene.BoxAt(b, 0)), Objects.Tracked(3, scene.BoxAt(c, 0)),
            ];
            using (var first = scene.Frame(0))
            {
                shared.Initialize(first, start);
                rebuilt.Initialize(first, start);
            }

            // When: each frame is disposed right after both trackers read it, as the tracking benchmark does.
            for (var f = 1; f <= 10; f++)
            {
                using var frame = scene.Frame(f);
                var fromShared = shared.Update(frame);
                var fromRebuilt = rebuilt.Update(frame);

                // Then
                Assert.Equal(fromRebuilt.Select(o => (o.Id, o.Box, o.IsLost)), fromShared.Select(o => (o.Id, o.Box, o.IsLost)));
            }

            Assert.Equal(3, shared.Objects.Count(o => !o.IsLost));
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
