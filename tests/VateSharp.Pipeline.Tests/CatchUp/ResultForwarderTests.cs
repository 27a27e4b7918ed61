// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Pipeline.CatchUp;
using VateSharp.Pipeline.Tests.Support;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Tests.CatchUp;

public sealed class ResultForwarderTests
{
    public sealed class TheBringForwardMethod
    {
        [Theory]
        [InlineData(3, 8, 0)]
        [InlineData(2, 20, 0)]
        [InlineData(2, 20, 6)]
        public void Should_LandOnTheObjectsCurrentBoxes_When_AResultArrivesLate(int sentAt, int arrivedAt, int maxSteps)
        {
            // Given: two objects moving apart; the result holds their true boxes on the frame it was computed on.
            using var scene = new SyntheticScene();
            var a = scene.Add(new BoundingBox(40, 40, 90, 80), 3f, 1f);
            var b = scene.Add(new BoundingBox(220, 150, 270, 200), -2f, -1.5f, 1.01f);
            using var history = new FrameHistory();
            for (var f = 0; f <= arrivedAt; f++)
            {
                history.Add(scene.Frame(f));
            }

            var result = new LateResult(
                Tier.Cloud,
                history.Sequence,
                sentAt,
                [Objects.Detection(scene.BoxAt(a, sentAt), "car"), Objects.Detection(scene.BoxAt(b, sentAt), "bus")]);
            var forwarder = new ResultForwarder(
                () => TrackerFactory.Create(TrackerNames.MedianFlow), new CatchUpOptions { MaxSteps = maxSteps });

            // When
            var report = forwarder.BringForward(result, history);

            // Then
            Assert.Equal(CatchUpOutcome.BroughtForward, report.Outcome);
            Assert.Equal(arrivedAt - sentAt, report.FramesBehind);
            Assert.Equal(maxSteps == 0 ? arrivedAt - sentAt : Math.Min(maxSteps, arrivedAt - sentAt), report.Steps);
            var car = Assert.Single(report.Detections, d => d.Label == "car");
            var bus = Assert.Single(report.Detections, d => d.Label == "bus");
            Assert.True(car.Box.IoU(scene.BoxAt(a, arrivedAt)) >= 0.8, $"{car.Box} vs {scene.BoxAt(a, arrivedAt)}");
            Assert.True(bus.Box.IoU(scene.BoxAt(b, arrivedAt)) >= 0.8, $"{bus.Box} vs {scene.BoxAt(b, arrivedAt)}");
            Assert.True(car.Box.IoU(scene.BoxAt(a, sentAt)) < 0.6, "the box must have moved");
        }

        [Fact]
        public void Should_DropAndCount_When_TheFrameLeftTheWindow()
        {
            // Given: a one-second window at 25 frames per second holds frames 25 to 50.
            using var history = new FrameHistory(new FrameHistoryOptions { Duration = TimeSpan.FromSeconds(1) });
            for (var f = 0; f <= 50; f++)
            {
                history.Add(TrackingFrame.WithoutImage(f, TimeSpan.FromSeconds(f / 25.0), 64, 48));
            }

            var forwarder = new ResultForwarder(() => TrackerFactory.Create(TrackerNames.Motion));

            // When
            var report = forwarder.BringForward(new LateResult(Tier.Cloud, 0, 10, [Objects.Detection(0, 0, 5, 5)]), history);

            // Then
            Assert.Equal(CatchUpOutcome.DroppedTooOld, report.Outcome);
            Assert.False(report.IsUsable);
            Assert.Empty(report.Detections);
            Assert.Equal(40, report.FramesBehind);
            Assert.Equal(1, forwarder.Count(CatchUpOutcome.DroppedTooOld));
        }

        [Theory]
        [InlineData(1, 3, CatchUpOutcome.DroppedOtherSequence)]
        [InlineData(0, 9, CatchUpOutcome.DroppedFromTheFuture)]
        [InlineData(0, 5, CatchUpOutcome.Current)]
        public void Should_SortTheResult_When_ItDoesNotNeedOrAllowAReplay(int sequence, int frame, CatchUpOutcome expected)
        {
            // Given: frames 0 to 5 of sequence 0.
            using var history = new FrameHistory();
            for (var f = 0; f <= 5; f++)
            {
                history.Add(TrackingFrame.WithoutImage(f, TimeSpan.FromSeconds(f / 25.0), 64, 48));
            }

            var forwarder = new ResultForwarder(() => TrackerFactory.Create(TrackerNames.Motion));
            Detection[] boxes = [Objects.Detection(0, 0, 5, 5)];

            // When
            var report = forwarder.BringForward(new LateResult(Tier.EdgeServer, sequence, frame, boxes), history);

            // Then
            Assert.Equal(expected, report.Outcome);
            Assert.Equal(expected == CatchUpOutcome.Current ? boxes : [], report.Detections);
            Assert.Equal(1, forwarder.Count(expected));
        }
    }
}
