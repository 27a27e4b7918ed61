// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Pipeline.CatchUp;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Tests.CatchUp;

public sealed class FrameHistoryTests
{
    private static TrackingFrame Blank(int index, double fps = 25) =>
        TrackingFrame.WithoutImage(index, TimeSpan.FromSeconds(index / fps), 64, 48);

    public sealed class TheAddMethod
    {
        [Theory]
        [InlineData(25.0, 2.0, 51)]
        [InlineData(10.0, 2.0, 21)]
        [InlineData(25.0, 0.5, 13)]
        public void Should_KeepTheWindowByTime_When_FramesArriveAtAnyRate(double fps, double seconds, int expected)
        {
            // Given
            using var history = new FrameHistory(new FrameHistoryOptions { Duration = TimeSpan.FromSeconds(seconds) });

            // When: five seconds of frames.
            for (var i = 0; i < (int)(5 * fps); i++)
            {
                history.Add(Blank(i, fps));
            }

            // Then: every frame within the window back from the newest is kept, nothing older.
            Assert.Equal(expected, history.Count);
            Assert.True(history.Newest!.Timestamp - history.Oldest!.Timestamp <= TimeSpan.FromSeconds(seconds));
            Assert.Equal((int)(5 * fps) - expected, history.Evicted);
        }

        [Fact]
        public void Should_CapTheFrameCount_When_TimestampsAreDense()
        {
            using var history = new FrameHistory(new FrameHistoryOptions { MaxFrames = 10 });

            for (var i = 0; i < 30; i++)
            {
                history.Add(Blank(i, fps: 1000));
            }

            Assert.Equal(10, history.Count);
            Assert.Equal(20, history.Oldest!.Index);
        }

        [Fact]
        public void Should_Throw_When_TheIndexDoesNotIncrease()
        {
            using var history = new FrameHistory();
            history.Add(Blank(5));

            var error = Assert.Throws<InvalidOperationException>(() => history.Add(Blank(5)));

            Assert.Contains("Reset", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheLookupMethods
    {
        [Fact]
        public void Should_FindFramesByIndexAndTime_When_TheyAreHeld()
        {
            // Given
            using var history = new FrameHistory();
            for (var i = 0; i < 10; i++)
            {
                history.Add(Blank(i));
            }

            // When / Then
            Assert.True(history.TryGet(4, out var byIndex));
            Assert.Equal(4, byIndex!.Index);
            Assert.True(history.TryGetAt(TimeSpan.FromMilliseconds(130), out var byTime));
            Assert.Equal(3, byTime!.Index);
            Assert.False(history.TryGet(42, out _));
            Assert.Equal([7, 8, 9], history.After(6).Select(f => f.Index));
        }
    }

    public sealed class TheResetMethod
    {
        [Fact]
        public void Should_EmptyTheHistoryAndStartANewSequence_When_Called()
        {
            using var history = new FrameHistory();
            history.Add(Blank(3));

            history.Reset();
            history.Add(Blank(0));

            Assert.Equal(1, history.Sequence);
            Assert.Equal(1, history.Count);
        }
    }
}
