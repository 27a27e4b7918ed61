// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Pipeline.Policies;

namespace VateSharp.Pipeline.Tests.Policies;

public sealed class UplinkEstimatorTests
{
    public sealed class TheObserveMethod
    {
        [Fact]
        public void Should_BeUnknown_When_NothingWasObserved()
        {
            Assert.Equal(UplinkEstimate.Unknown, new UplinkEstimator().Current);
        }

        [Fact]
        public void Should_SubtractServerTime_When_TheReplyReportsIt()
        {
            // Given: 100 kB in a 300 ms round trip of which the server spent 200 ms computing.
            var estimator = new UplinkEstimator();

            // When
            estimator.Observe(100_000, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(200));

            // Then
            Assert.Equal(1_000_000.0, estimator.Current.BytesPerSecond!.Value, 3);
            Assert.Equal(TimeSpan.FromMilliseconds(300), estimator.Current.RoundTrip);
        }

        [Fact]
        public void Should_MoveTowardsNewSamples_When_TheLinkChanges()
        {
            // Given: a 1 MB/s link that drops to 100 kB/s.
            var estimator = new UplinkEstimator(weight: 0.5);
            estimator.Observe(100_000, TimeSpan.FromMilliseconds(100));

            // When
            estimator.Observe(10_000, TimeSpan.FromMilliseconds(100));
            var once = estimator.Current.BytesPerSecond!.Value;
            for (var i = 0; i < 10; i++)
            {
                estimator.Observe(10_000, TimeSpan.FromMilliseconds(100));
            }

            // Then
            Assert.Equal(550_000.0, once, 3);
            Assert.InRange(estimator.Current.BytesPerSecond!.Value, 100_000.0, 101_000.0);
            Assert.Equal(12, estimator.Current.Samples);
        }
    }
}
