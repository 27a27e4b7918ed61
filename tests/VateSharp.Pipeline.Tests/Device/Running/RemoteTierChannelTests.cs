// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Tests.Device.Running;

/// <summary>
/// Several requests in flight to one remote tier, over real sockets (tcp loopback) to a real server whose workers
/// run a gated stand-in detector, so the tests choose the order in which frames finish.
/// </summary>
public sealed class RemoteTierChannelTests
{
    public sealed class TrySubmit
    {
        [Fact]
        public async Task Should_RunTwoFramesAtOnce_When_TwoMayBeInFlightToATwoWorkerServer()
        {
            // Given a channel allowed two requests in flight to a server with two workers
            await using var rig = ChannelRig.Start(workers: 2, maxInFlight: 2);

            // When two frames are handed over
            Assert.True(rig.Submit(0));
            Assert.True(rig.Submit(1));

            // Then both are inside the server's detector at the same time, and both come back
            rig.WaitUntilInside(2);
            Assert.Equal(2, rig.Channel.InFlight);
            rig.Detector.OpenAll();
            var replies = rig.WaitFor(1);
            if (replies.Count < 2)
            {
                replies.AddRange(rig.WaitFor(0));
            }

            Assert.Equal([0, 1], replies.Select(r => r.Frame.Index).Order());
            Assert.All(replies, r => Assert.True(r.Ok, r.Failure));
            Assert.Equal(2, rig.Detector.MostInside);
        }

        [Fact]
        public async Task Should_RefuseFramesBeyondTheLimitAndTheSameFrameTwice_When_TheTierIsFull()
        {
            // Given a channel allowed three requests in flight to a one-worker server
            await using var rig = ChannelRig.Start(workers: 1, maxInFlight: 3);

            // When frames 0, 1, 1 again, 2 and 3 are handed over
            var accepted = new[] { rig.Submit(0), rig.Submit(1), rig.Submit(1), rig.Submit(2), rig.Submit(3) };

            // Then the repeat and the fourth frame are refused; the oldest frame is the one reported outstanding
            Assert.Equal([true, true, false, true, false], accepted);
            Assert.Equal(3, rig.Channel.InFlight);
            Assert.Equal(3, rig.Channel.MaxInFlight);
            Assert.Equal(0, rig.Channel.OutstandingFrame);

            // When the oldest frame is answered
            rig.Detector.Open(ChannelRig.WidthOf(0));
            rig.WaitFor(0);

            // Then there is room for one more, and the next oldest is outstanding
            Assert.Equal(1, rig.Channel.OutstandingFrame);
            Assert.True(rig.Submit(3));
            Assert.False(rig.Submit(4));
        }
    }

    public sealed class Replies
    {
        [Fact]
        public async Task Should_CarryTheFrameEachWasComputedOn_When_TheyComeBackOutOfOrder()
        {
            // Given frames 0 and 1 in flight together on a two-worker server
            await using var rig = ChannelRig.Start(workers: 2, maxInFlight: 2);
            Assert.True(rig.Submit(0));
            Assert.True(rig.Submit(1));
            rig.WaitUntilInside(2);

            // When frame 1 finishes first, then frame 0
            rig.Detector.Open(ChannelRig.WidthOf(1));
            var first = rig.WaitFor(1);
            var stillOutstanding = rig.Channel.OutstandingFrame;
            rig.Detector.Open(ChannelRig.WidthOf(0));
            var second = rig.WaitFor(0);

            // Then each reply names its own frame and holds the boxes computed on that frame's image
            var late = Assert.Single(first);
            Assert.Equal(1, late.Frame.Index);
            Assert.Equal(ChannelRig.WidthOf(1), Assert.Single(late.Detections).Box.Width, 0.01f);
            Assert.Equal(0, stillOutstanding);
            var early = Assert.Single(second);
            Assert.Equal(0, early.Frame.Index);
            Assert.Equal(ChannelRig.WidthOf(0), Assert.Single(early.Detections).Box.Width, 0.01f);
            Assert.Equal(0, rig.Channel.InFlight);
        }

        [Fact]
        public async Task Should_TimeOutOnlyTheRequestPastItsDeadline_When_TwoAreInFlight()
        {
            // Given a 1.5 s deadline (room for frame 1 on a loaded machine) and two frames in flight; frame 0 is held
            // past it, frame 1 answers at once
            await using var rig = ChannelRig.Start(workers: 2, maxInFlight: 2, deadlineMs: 1500);
            Assert.True(rig.Submit(0));
            Assert.True(rig.Submit(1));
            rig.Detector.Open(ChannelRig.WidthOf(1));

            // When both have come back
            var replies = rig.WaitFor(1);
            if (!replies.Exists(r => r.Frame.Index == 0))
            {
                replies.AddRange(rig.WaitFor(0));
            }

            // Then frame 1 has its boxes, frame 0 failed by its own timeout, and the tier is free again
            var answered = replies.Single(r => r.Frame.Index == 1);
            Assert.True(answered.Ok, answered.Failure);
            var timedOut = replies.Single(r => r.Frame.Index == 0);
            Assert.False(timedOut.Ok);
            Assert.Equal("timeout", timedOut.Failure);
            Assert.True(timedOut.Latency >= TimeSpan.FromMilliseconds(1400), $"Frame 0 failed after {timedOut.Latency.TotalMilliseconds:F0} ms, before its deadline.");
            Assert.Equal(1, rig.Channel.Failures["timeout"]);
            Assert.Equal(0, rig.Channel.InFlight);
        }
    }
}
