// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;

namespace VateSharp.Benchmark.Tests.Sweep;

public sealed class ReadAheadTests
{
    public sealed class TheTakeMethod
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(5)]
        public void Should_KeepIndexOrder_When_ReadsTakeUnevenTimes(int depth)
        {
            // Given: a reader whose reads take 0-2 ms in a fixed pseudo-random pattern
            var delays = new Random(7);
            var pauses = Enumerable.Range(0, 40).Select(_ => delays.Next(3)).ToArray();
            using var reader = new ReadAhead<int>(40, depth, i =>
            {
                Thread.Sleep(pauses[i]);
                return i;
            });

            // When
            var taken = Enumerable.Range(0, 40).Select(_ => reader.Take()).ToArray();

            // Then
            Assert.Equal(Enumerable.Range(0, 40), taken);
        }

        [Fact]
        public void Should_ReadAtMostDepthPlusOneAhead_When_TheConsumerIsSlow()
        {
            // Given: depth 2 lets two items wait and a third be in the reader's hands
            var started = 0;
            using var reader = new ReadAhead<int>(20, 2, i =>
            {
                Interlocked.Increment(ref started);
                return i;
            });

            // When: the consumer takes one item, then waits long enough for the reader to run ahead
            reader.Take();
            Thread.Sleep(200);

            // Then
            Assert.Equal(4, Volatile.Read(ref started));
        }

        [Fact]
        public void Should_DeliverEarlierItemsThenThrow_When_AReadFails()
        {
            // Given
            using var reader = new ReadAhead<int>(5, 2, i => i == 3 ? throw new IOException("frame 3 is broken") : i);

            // When
            var first = Enumerable.Range(0, 3).Select(_ => reader.Take()).ToArray();
            var failure = Assert.Throws<IOException>(() => reader.Take());

            // Then
            Assert.Equal([0, 1, 2], first);
            Assert.Equal("frame 3 is broken", failure.Message);
        }

        [Fact]
        public void Should_Throw_When_EveryItemWasTaken()
        {
            // Given
            using var reader = new ReadAhead<int>(1, 1, i => i);
            reader.Take();

            // When
            var failure = Assert.Throws<InvalidOperationException>(() => reader.Take());

            // Then
            Assert.Contains("All 1 items have been taken", failure.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheDisposeMethod
    {
        [Fact]
        public void Should_DisposeItemsNotTaken_When_TheConsumerStopsEarly()
        {
            // Given
            var items = Enumerable.Range(0, 10).Select(_ => new Tracked()).ToArray();
            var reader = new ReadAhead<Tracked>(items.Length, 3, i => items[i]);
            using (reader.Take())
            {
            }

            Thread.Sleep(100);

            // When
            reader.Dispose();

            // Then: every item the reader produced is disposed exactly once; nothing beyond the depth was read
            var produced = items.Count(t => t.Disposals > 0);
            Assert.InRange(produced, 1, 5);
            Assert.All(items.Take(produced), t => Assert.Equal(1, t.Disposals));
            Assert.All(items.Skip(produced), t => Assert.Equal(0, t.Disposals));
        }
    }

    public sealed class TheConstructor
    {
        [Fact]
        public void Should_Throw_When_DepthIsZero()
        {
            var failure = Assert.Throws<ArgumentOutOfRangeException>(() => new ReadAhead<int>(3, 0, i => i));

            Assert.Equal("depth", failure.ParamName);
        }
    }

    private sealed class Tracked : IDisposable
    {
        public int Disposals { get; private set; }

        public void Dispose() => Disposals++;
    }
}
