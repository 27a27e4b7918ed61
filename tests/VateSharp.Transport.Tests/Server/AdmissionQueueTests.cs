// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Server;

namespace VateSharp.Transport.Tests.Server;

public sealed class AdmissionQueueTests
{
    public sealed class TryTake
    {
        [Fact]
        public void Should_ServeClientsRoundRobin_When_OneFloods()
        {
            // Given client a with three items and client b with one
            var queue = new AdmissionQueue<string>(8);
            foreach (var item in new[] { "a1", "a2", "a3" })
            {
                queue.TryAdd("a", item, out _);
            }

            queue.TryAdd("b", "b1", out _);

            // When four items are taken
            var taken = Enumerable.Range(0, 4).Select(_ => queue.TryTake(out var item) ? item! : "none").ToArray();

            // Then b is served second, not last
            Assert.Equal(["a1", "b1", "a2", "a3"], taken);
        }

        [Fact]
        public void Should_ReturnFalse_When_CompletedAndEmpty()
        {
            // Given a completed queue with one item left
            var queue = new AdmissionQueue<string>(2);
            queue.TryAdd("a", "x", out _);
            queue.Complete();

            // When taking twice, then the item comes out and then the end, and adding is refused
            Assert.True(queue.TryTake(out var item));
            Assert.Equal("x", item);
            Assert.False(queue.TryTake(out _));
            Assert.False(queue.TryAdd("a", "y", out _));
        }
    }

    public sealed class TryAdd
    {
        [Fact]
        public void Should_EvictTheOldest_When_TheClientQueueIsFull()
        {
            // Given a full queue of two
            var queue = new AdmissionQueue<string>(2);
            queue.TryAdd("a", "1", out _);
            queue.TryAdd("a", "2", out _);

            // When a third arrives
            queue.TryAdd("a", "3", out var evicted);

            // Then the oldest is handed back and the count stays at the capacity
            Assert.Equal("1", evicted);
            Assert.Equal(2, queue.Count);
        }
    }
}
