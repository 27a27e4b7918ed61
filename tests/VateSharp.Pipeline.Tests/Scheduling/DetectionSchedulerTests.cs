// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Datasets.Sources;
using VateSharp.Pipeline.Scheduling;

namespace VateSharp.Pipeline.Tests.Scheduling;

public sealed class DetectionSchedulerTests
{
    private static Frame MakeFrame(int index, bool first = false) => new()
    {
        Image = new Mat(8, 8, MatType.CV_8UC3, Scalar.All(0)),
        SourceName = "seq",
        Index = index,
        Timestamp = TimeSpan.FromMilliseconds(40 * index),
        IsFirstOfSequence = first,
    };

    /// <summary>Drives the scheduler over frames; returns the results by the frame they were applied on.</summary>
    private static async Task<List<(int ShownOn, DeviceDetections Result)>> RunAsync(
        DetectionScheduler scheduler, ControlledDetector detector, int frames, int firstIndex = 0, bool newSequence = true)
    {
        var applied = new List<(int, DeviceDetections)>();
        for (var i = firstIndex; i < firstIndex + frames; i++)
        {
            detector.BeginFrame(i);
            using var frame = MakeFrame(i, newSequence && i == firstIndex);
            var step = scheduler.OnFrameAsync(frame).AsTask();

            // The loop is blocked on the detector: let time pass until what it waits for arrives.
            while (!step.IsCompleted && detector.HasPending)
            {
                detector.CompleteOldest();
            }

            if (await step is { } result)
            {
                applied.Add((i, result));
            }
        }

        return applied;
    }

    public sealed class TheOnFrameAsyncMethod
    {
        [Theory]
        [InlineData(5, 0, 20, "0,5,10,15")]
        [InlineData(5, 3, 20, "0,5,10,15")]
        [InlineData(5, 9, 20, "0,5,10,15")]
        [InlineData(1, 2, 4, "0,1,2,3")]
        [InlineData(3, 1, 10, "0,3,6,9")]
        public async Task Should_DetectEveryNthFrameAndWait_When_InSyncMode(int rate, int latency, int frames, string expected)
        {
            // Given
            var detector = new ControlledDetector(latency);
            using var scheduler = new DetectionScheduler(detector, new DetectionRateOptions { Mode = DetectionMode.Sync, Rate = rate });

            // When
            var applied = await RunAsync(scheduler, detector, frames);

            // Then: each detection is applied on its own frame, whatever the latency.
            Assert.Equal(expected, string.Join(',', detector.Requested));
            Assert.All(applied, a => Assert.Equal(a.ShownOn, a.Result.FrameIndex));
            Assert.All(applied, a => Assert.True(a.Result.Waited));
            Assert.Equal(detector.Requested.Count, scheduler.Statistics.Waits);
        }

        [Theory]
        // A detector faster than a frame takes every frame; results arrive one frame late.
        [InlineData(5, 1, 20, 20, 1)]
        // Three frames of latency: a detection every third frame, never waiting after the first.
        [InlineData(5, 3, 20, 8, 1)]
        // Latency equal to N: each result arrives just as it turns N frames old, so no wait is needed.
        [InlineData(5, 5, 20, 5, 1)]
        // Slower than N: the device waits every N frames, so results are never more than N frames old.
        [InlineData(5, 8, 20, 5, 4)]
        [InlineData(2, 8, 20, 11, 10)]
        public async Task Should_SendWheneverFreeAndWaitOnlyAtLagN_When_InAsyncMode(
            int rate, int latency, int frames, int expectedDetections, int expectedWaits)
        {
            // Given
            var detector = new ControlledDetector(latency);
            using var scheduler = new DetectionScheduler(detector, new DetectionRateOptions { Mode = DetectionMode.Async, Rate = rate });

            // When
            var applied = await RunAsync(scheduler, detector, frames);

            // Then
            Assert.Equal(expectedDetections, detector.Requested.Count);
            Assert.Equal(expectedWaits, scheduler.Statistics.Waits);
            Assert.Equal(0, detector.Requested[0]);
            Assert.Equal(0, applied[0].Result.FrameIndex);
            Assert.True(applied[0].Result.Waited);
            Assert.All(applied, a => Assert.InRange(a.ShownOn - a.Result.FrameIndex, 0, rate));
            Assert.All(applied, a => Assert.Equal(a.ShownOn - a.Result.FrameIndex, a.Result.FramesBehind));
            Assert.True(scheduler.Statistics.MaxFramesBehind <= rate);
        }

        [Fact]
        public async Task Should_ApplyEachResultOnceInOrder_When_InAsyncMode()
        {
            var detector = new ControlledDetector(3);
            using var scheduler = new DetectionScheduler(detector, new DetectionRateOptions { Mode = DetectionMode.Async, Rate = 5 });

            var applied = await RunAsync(scheduler, detector, 20);

            Assert.Equal(detector.Requested.Where(f => f < 19 - 2), applied.Select(a => a.Result.FrameIndex));
            Assert.Equal(applied.Select(a => a.Result.FrameIndex).Order(), applied.Select(a => a.Result.FrameIndex));
            Assert.All(applied, a => Assert.Equal(a.Result.FrameIndex, (int)a.Result.Detections[0].Box.X1));
        }

        [Fact]
        public async Task Should_DiscardTheOutstandingResult_When_ANewSequenceStarts()
        {
            // Given: a slow detector busy with frame 7 of the first sequence when the second begins.
            var detector = new ControlledDetector(4);
            using var scheduler = new DetectionScheduler(detector, new DetectionRateOptions { Mode = DetectionMode.Async, Rate = 5 });
            await RunAsync(scheduler, detector, 8);
            Assert.NotNull(scheduler.OutstandingFrame);

            // When
            var second = await RunAsync(scheduler, detector, 3);

            // Then
            Assert.Equal(1, scheduler.Statistics.Discarded);
            Assert.All(second, a => Assert.Equal(2, a.Result.Sequence));
            Assert.Equal(0, second[0].Result.FrameIndex);
        }

        [Fact]
        public async Task Should_DetectTheFirstFrame_When_ASyncSequenceDoesNotStartAtAMultipleOfN()
        {
            // Given: frame 0 failed to decode, so the sequence starts at index 1.
            var detector = new ControlledDetector(0);
            using var scheduler = new DetectionScheduler(detector, new DetectionRateOptions { Mode = DetectionMode.Sync, Rate = 5 });

            // When
            await RunAsync(scheduler, detector, 10, firstIndex: 1);

            // Then
            Assert.Equal([1, 5, 10], detector.Requested);
        }
    }

    public sealed class TheDetectionPlan
    {
        [Theory]
        [InlineData(DetectionMode.Sync, 0, true, null, false, true, true)]
        [InlineData(DetectionMode.Sync, 10, false, null, false, true, true)]
        [InlineData(DetectionMode.Sync, 11, false, null, false, false, false)]
        [InlineData(DetectionMode.Async, 0, true, null, false, true, true)]
        [InlineData(DetectionMode.Async, 7, false, null, false, true, false)]
        [InlineData(DetectionMode.Async, 7, false, 3, false, false, false)]
        [InlineData(DetectionMode.Async, 8, false, 3, true, true, false)]
        public void Should_PlanTheFrame_When_GivenTheModeAndTheOutstandingRequest(
            DetectionMode mode, int frame, bool first, int? outstanding, bool waitOutstanding, bool submit, bool waitSubmitted)
        {
            var plan = DetectionPlan.For(new DetectionRateOptions { Mode = mode, Rate = 5 }, frame, first, outstanding);

            Assert.Equal(new DetectionPlan(waitOutstanding, submit, waitSubmitted), plan);
        }

        [Theory]
        [InlineData(DetectionMode.Async, 7, 3, true, false, true)]
        [InlineData(DetectionMode.Async, 7, 3, false, false, false)]
        [InlineData(DetectionMode.Async, 8, 3, true, true, true)]
        [InlineData(DetectionMode.Async, 8, 3, false, true, true)]
        [InlineData(DetectionMode.Sync, 7, 3, true, false, false)]
        [InlineData(DetectionMode.Sync, 10, 8, true, true, true)]
        public void Should_SendWhileThereIsRoomAndWaitOnlyForTheOldest_When_SeveralMayBeInFlight(
            DetectionMode mode, int frame, int oldest, bool hasCapacity, bool waitOutstanding, bool submit)
        {
            // Given N = 5 and a detector that may hold more than one request, the oldest sent on frame 'oldest'
            var options = new DetectionRateOptions { Mode = mode, Rate = 5 };

            // When frame 'frame' is planned
            var plan = DetectionPlan.For(options, frame, isFirstOfSequence: false, oldest, hasCapacity);

            // Then async sends whenever there is room and waits once the oldest is N frames old; sync is unchanged
            Assert.Equal(waitOutstanding, plan.WaitForOutstanding);
            Assert.Equal(submit, plan.Submit);
            Assert.Equal(mode == DetectionMode.Sync && submit, plan.WaitForSubmitted);
        }
    }
}
