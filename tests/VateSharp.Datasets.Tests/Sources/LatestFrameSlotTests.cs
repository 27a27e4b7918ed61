// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Datasets.Sources;

namespace VateSharp.Datasets.Tests.Sources;

public sealed class LatestFrameSlotTests
{
    private static Frame Make(int index) => new()
    {
        Image = new Mat(2, 2, MatType.CV_8UC3),
        SourceName = "test",
        Index = index,
        Timestamp = TimeSpan.Zero,
    };

    public sealed class Put
    {
        [Fact]
        public void Should_KeepNewestAndCountDrops_When_NobodyTakes()
        {
            // Given
            using var slot = new LatestFrameSlot();

            // When
            for (var i = 0; i < 5; i++)
            {
                slot.Put(Make(i));
            }

            // Then
            Assert.True(slot.TryTake(TimeSpan.FromSeconds(1), out var frame));
            Assert.Equal(4, frame!.Index);
            Assert.Equal(4, slot.Dropped);
            frame.Dispose();
        }
    }

    public sealed class TryTake
    {
        [Fact]
        public void Should_ReturnFalseAtOnce_When_CompletedAndEmpty()
        {
            // Given
            using var slot = new LatestFrameSlot();
            slot.Complete();

            // When
            var taken = slot.TryTake(TimeSpan.FromSeconds(30), out var frame);

            // Then
            Assert.False(taken);
            Assert.Null(frame);
        }
    }
}
