// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Policies;
using VateSharp.Pipeline.Tests.Support;

namespace VateSharp.Pipeline.Tests.Policies;

public sealed class OffloadPolicyTests
{
    private static OffloadContext Context(
        int frame,
        int inFlight = 0,
        int? lastSent = null,
        bool healthy = true,
        IReadOnlyList<Detection>? light = null,
        double? bytesPerSecond = null,
        int maxInFlight = 1) => new()
        {
            Frame = new FrameStamp(frame, TimeSpan.FromMilliseconds(40 * frame)),
            Tier = new TierState
            {
                Tier = Tier.Cloud,
                InFlight = inFlight,
                MaxInFlight = maxInFlight,
                Healthy = healthy,
                LastSent = lastSent is { } s ? new FrameStamp(s, TimeSpan.FromMilliseconds(40 * s)) : null,
            },
            LightResult = light,
            Uplink = bytesPerSecond is { } b ? new UplinkEstimate(b, TimeSpan.FromMilliseconds(50), 5) : UplinkEstimate.Unknown,
            FrameWidth = 1920,
            FrameHeight = 1080,
        };

    public sealed class TheEveryNthFramePolicy
    {
        [Theory]
        [InlineData(0, 0, true)]
        [InlineData(5, 0, true)]
        [InlineData(7, 0, false)]
        [InlineData(10, 1, false)]
        public void Should_SendMultiplesOfNOnlyWhenFree_When_Deciding(int frame, int inFlight, bool expected)
        {
            var policy = OffloadPolicyRegistry.Default.Create("every-n");

            var decision = policy.Decide(Context(frame, inFlight, lastSent: 0));

            Assert.Equal(expected, decision.Send);
            Assert.Equal(expected ? 90 : 0, decision.JpegQuality);
        }
    }

    public sealed class TheWhenFreePolicy
    {
        [Theory]
        [InlineData(0, true, null, true)]
        [InlineData(1, true, null, false)]
        [InlineData(0, false, 20, false)]
        [InlineData(0, false, 5, true)]
        public void Should_SendWhenTheTierCanTakeIt_When_Deciding(int inFlight, bool healthy, int? lastSent, bool expected)
        {
            // Given: frame 30; an unhealthy tier is probed once a second (25 frames here).
            var policy = OffloadPolicyRegistry.Default.Create("async");

            // When
            var decision = policy.Decide(Context(30, inFlight, lastSent, healthy));

            // Then
            Assert.Equal(expected, decision.Send);
        }

        [Theory]
        [InlineData(1, 2, true)]
        [InlineData(2, 2, false)]
        [InlineData(2, 3, true)]
        public void Should_SendUntilTheTierIsFull_When_SeveralMayBeInFlight(int inFlight, int maxInFlight, bool expected)
        {
            // Given a healthy tier that takes up to maxInFlight requests
            var policy = OffloadPolicyRegistry.Default.Create("async");

            // When frame 30 is decided on with inFlight requests outstanding
            var decision = policy.Decide(Context(30, inFlight, maxInFlight: maxInFlight));

            // Then it is sent while there is room
            Assert.Equal(expected, decision.Send);
        }
    }

    public sealed class TheHardExamplePolicy
    {
        [Theory]
        [InlineData("0.9,0.8,0.95", false)]
        [InlineData("0.3,0.4,0.45", true)]
        [InlineData("0.9,0.35,0.3,0.3", true)]
        [InlineData("0.9,0.35,0.8,0.9", false)]
        public void Should_SendUnsureFrames_When_TheLightDetectorRan(string scores, bool expected)
        {
            // Given
            var policy = OffloadPolicyRegistry.Default.Create("confidence");
            var light = scores.Split(',').Select(s => Objects.Detection(0, 0, 5, 5, "car", float.Parse(s, System.Globalization.CultureInfo.InvariantCulture))).ToArray();

            // When
            var decision = policy.Decide(Context(10, lastSent: 5, light: light));

            // Then
            Assert.Equal(expected, decision.Send);
        }

        [Fact]
        public void Should_EventuallySendAFrameWithoutDetections_When_TheDetectorKeepsFindingNothing()
        {
            // Given: the default sends after three empty detector runs in a row.
            var policy = OffloadPolicyRegistry.Default.Create("confidence");

            // When
            var sent = Enumerable.Range(1, 4).Select(i => policy.Decide(Context(i * 5, lastSent: 0, light: [])).Send).ToArray();

            // Then
            Assert.Equal([false, false, true, false], sent);
        }

        [Fact]
        public void Should_KeepCountingEmptyRuns_When_TheTierIsBusy()
        {
            var policy = OffloadPolicyRegistry.Default.Create("confidence");

            policy.Decide(Context(5, lastSent: 0, light: []));
            policy.Decide(Context(10, lastSent: 0, light: []));
            var busy = policy.Decide(Context(15, inFlight: 1, lastSent: 0, light: []));
            var free = policy.Decide(Context(20, lastSent: 0, light: []));

            Assert.False(busy.Send);
            Assert.True(free.Send);
        }

        [Theory]
        [InlineData(null, 3, true)]
        [InlineData(0, 29, false)]
        [InlineData(0, 30, true)]
        public void Should_SendTheFirstFrameAndARefresh_When_TheDetectorDidNotRun(int? lastSent, int frame, bool expected)
        {
            var policy = OffloadPolicyRegistry.Default.Create("confidence");

            Assert.Equal(expected, policy.Decide(Context(frame, lastSent: lastSent)).Send);
        }
    }

    public sealed class TheBandwidthPolicy
    {
        [Theory]
        // 1080p at quality 90 is about 780 kB by the prior; 150 ms at 80 % of the throughput must hold it.
        [InlineData(null, 90, 1.0)]
        [InlineData(10_000_000.0, 90, 1.0)]
        [InlineData(4_000_000.0, 70, 1.0)]
        [InlineData(2_000_000.0, 60, 0.75)]
        [InlineData(1_000_000.0, 70, 0.5)]
        [InlineData(700_000.0, 50, 0.5)]
        [InlineData(100_000.0, 50, 0.35)]
        public void Should_ChooseTheBestEncodingThatFits_When_TheUplinkIsMeasured(double? bytesPerSecond, int quality, double scale)
        {
            var policy = OffloadPolicyRegistry.Default.Create("bandwidth");

            var decision = policy.Decide(Context(3, bytesPerSecond: bytesPerSecond));

            Assert.True(decision.Send);
            Assert.Equal((quality, scale), (decision.JpegQuality, decision.Scale));
        }

        [Fact]
        public void Should_AffordBetterEncodings_When_RealFramesAreSmallerThanThePrior()
        {
            // Given: frames come out at a quarter of the prior's size.
            var policy = OffloadPolicyRegistry.Default.Create("bandwidth");
            var before = policy.Decide(Context(3, bytesPerSecond: 1_000_000.0));
            var sizes = new JpegSizeModel();
            var priorBytes = (int)sizes.PredictBytes(80, 1920, 1080);

            // When
            for (var i = 0; i < 20; i++)
            {
                policy.Observe(new EncodedFrame(80, 1920, 1080, priorBytes / 4));
            }

            var after = policy.Decide(Context(4, bytesPerSecond: 1_000_000.0));

            // Then
            Assert.True(after.Scale > before.Scale || after.JpegQuality > before.JpegQuality, $"{before} then {after}");
        }

        [Fact]
        public void Should_Skip_When_TheTierIsBusy()
        {
            var policy = OffloadPolicyRegistry.Default.Create("bandwidth");

            Assert.False(policy.Decide(Context(3, inFlight: 1, bytesPerSecond: 1e6)).Send);
        }
    }

    public sealed class TheRegistry
    {
        [Fact]
        public void Should_HoldTheBuiltInsAndAcceptNewOnes_When_Used()
        {
            var registry = new OffloadPolicyRegistry();
            registry.Register("never", _ => new NeverPolicy());

            Assert.Equal(["every-n", "async", "confidence", "bandwidth", "never"], registry.Names);
            Assert.IsType<NeverPolicy>(registry.Create("NEVER"));
        }

        [Fact]
        public void Should_ListTheNames_When_TheNameIsUnknown()
        {
            var error = Assert.Throws<ArgumentException>(() => OffloadPolicyRegistry.Default.Create("sometimes"));

            Assert.Equal("name", error.ParamName);
            Assert.Contains("every-n, async, confidence, bandwidth", error.Message, StringComparison.Ordinal);
        }

        private sealed class NeverPolicy : IOffloadPolicy
        {
            public string Name => "never";

            public OffloadDecision Decide(in OffloadContext context) => OffloadDecision.Skip("never");
        }
    }
}
