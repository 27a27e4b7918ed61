// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Health;

namespace VateSharp.Pipeline.Tests.Health;

public sealed class TierHealthTests
{
    public sealed class TheObserveMethods
    {
        [Fact]
        public void Should_LogOncePerChangeAndCountTimeDegraded_When_ATierGoesDownAndComesBack()
        {
            // Given
            var clock = new ManualClock();
            var log = new ListLogger();
            var health = new TierHealth(Tier.Cloud, time: clock, logger: log);

            // When: three failures over 5 s, then two good replies.
            health.ObserveFailure("timeout");
            clock.Advance(TimeSpan.FromSeconds(2));
            health.ObserveFailure("timeout");
            clock.Advance(TimeSpan.FromSeconds(3));
            health.ObserveFailure("timeout");
            health.ObserveReply(TimeSpan.FromMilliseconds(80));
            health.ObserveReply(TimeSpan.FromMilliseconds(90));
            clock.Advance(TimeSpan.FromSeconds(10));

            // Then
            var snapshot = health.Snapshot();
            Assert.Equal(TierCondition.Healthy, snapshot.Condition);
            Assert.Equal(2, snapshot.Transitions);
            Assert.Equal(1, snapshot.TimesDegraded);
            Assert.Equal(TimeSpan.FromSeconds(5), snapshot.TimeDegraded);
            Assert.Equal(2, log.Messages.Count);
            Assert.Contains("Down", log.Messages[0], StringComparison.Ordinal);
            Assert.Contains("healthy again after 5.0 s", log.Messages[1], StringComparison.Ordinal);
        }

        [Fact]
        public void Should_GoSlowOnlyAfterSeveralSlowReplies_When_RepliesAreLate()
        {
            var health = new TierHealth(Tier.EdgeServer);

            health.ObserveReply(TimeSpan.FromSeconds(1));
            health.ObserveReply(TimeSpan.FromSeconds(1));
            var afterTwo = health.Condition;
            health.ObserveReply(TimeSpan.FromSeconds(1));

            Assert.Equal(TierCondition.Healthy, afterTwo);
            Assert.Equal(TierCondition.Slow, health.Condition);
        }

        [Fact]
        public void Should_CountAnOngoingSpell_When_TheTierIsStillDown()
        {
            var clock = new ManualClock();
            var health = new TierHealth(Tier.Cloud, time: clock);

            health.ObserveFailure("refused");
            clock.Advance(TimeSpan.FromSeconds(4));

            Assert.Equal(TimeSpan.FromSeconds(4), health.Snapshot().TimeDegraded);
            Assert.False(health.IsHealthy);
        }

        [Fact]
        public void Should_CallADownTierSlow_When_ASlowReplyArrives()
        {
            var health = new TierHealth(Tier.Cloud);
            health.ObserveFailure("timeout");

            health.ObserveReply(TimeSpan.FromSeconds(2));

            Assert.Equal(TierCondition.Slow, health.Condition);
            Assert.Equal(2, health.Snapshot().Transitions);
            Assert.Equal(1, health.Snapshot().TimesDegraded);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    private sealed class ListLogger : ILogger<TierHealth>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
