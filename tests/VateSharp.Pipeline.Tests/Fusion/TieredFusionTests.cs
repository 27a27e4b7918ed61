// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Fusion;
using VateSharp.Pipeline.Tests.Support;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Tests.Fusion;

public sealed class TieredFusionTests
{
    private static FrameStamp At(int frame) => new(frame, TimeSpan.FromMilliseconds(40 * frame));

    public sealed class TheMergeMethod
    {
        [Theory]
        // The more trusted tier wins the class: the cloud overrides the device, never the reverse.
        [InlineData("D:car@0,0,10,10", Tier.Cloud, "truck@1,0,11,10", "C:truck@1,0,11,10")]
        [InlineData("C:truck@0,0,10,10", Tier.Device, "car@1,0,11,10", "D:truck@1,0,11,10")]
        [InlineData("E:van@0,0,10,10", Tier.Device, "car@1,0,11,10", "D:van@1,0,11,10")]
        [InlineData("E:van@0,0,10,10", Tier.Cloud, "car@1,0,11,10", "C:car@1,0,11,10")]
        // An empty reply keeps every object.
        [InlineData("D:car@0,0,10,10;C:bus@50,50,60,60", Tier.Device, "", "D:car@0,0,10,10;C:bus@50,50,60,60")]
        [InlineData("D:car@0,0,10,10", Tier.Cloud, "", "D:car@0,0,10,10")]
        // Unrelated classes pair only when the boxes nearly coincide (IoU 0.82 pairs, 0.54 does not).
        [InlineData("D:person@0,0,10,10", Tier.Cloud, "car@1,0,11,10", "C:car@1,0,11,10")]
        [InlineData("D:person@0,0,10,10", Tier.Cloud, "car@3,0,13,10", "C:car@3,0,13,10;D:person@0,0,10,10")]
        // Unmatched boxes start objects; unmatched objects stay.
        [InlineData("D:car@0,0,10,10", Tier.EdgeServer, "bus@50,50,60,60", "D:car@0,0,10,10;E:bus@50,50,60,60")]
        public void Should_FollowTheTieredRules_When_GivenHandBuiltCases(string current, Tier tier, string incoming, string expected)
        {
            // Given
            var fusion = new TieredFusion();

            // When
            var fused = fusion.Merge(Spec.Objects(current), new TierResult(tier, Spec.Detections(incoming), At(10)));

            // Then
            Assert.Equal(Spec.Normalise(expected), Spec.Format(fused));
        }

        [Fact]
        public void Should_KeepIdsAndRestoreTheTrustedScore_When_ALessTrustedTierConfirms()
        {
            // Given: the cloud confirmed a truck at 0.95; the tracker's decay has brought it to 0.5.
            var fusion = new TieredFusion();
            var current = fusion.Merge([], new TierResult(Tier.Cloud, [Objects.Detection(0, 0, 10, 10, "truck", 0.95f)], At(1)));
            var decayed = current.Select(o => o with { Score = 0.5f, IsLost = true }).ToArray();

            // When: the device sees it as a car at 0.4.
            var fused = Assert.Single(fusion.Merge(decayed, new TierResult(Tier.Device, [Objects.Detection(1, 0, 11, 10, "car", 0.4f)], At(3))));

            // Then
            Assert.Equal(current[0].Id, fused.Id);
            Assert.Equal("truck", fused.Label);
            Assert.Equal(Tier.Cloud, fused.ClassSource);
            Assert.Equal(Tier.Device, fused.Source);
            Assert.Equal(0.95f, fused.Score);
            Assert.False(fused.IsLost);
        }

        [Fact]
        public void Should_LowerTheScoreAndThenWithdrawTheConfirmation_When_TheConfirmingTierMissesTheObject()
        {
            // Given
            var fusion = new TieredFusion(new TieredFusionOptions { MaxMisses = 2, MissScoreFactor = 0.5f });
            var set = fusion.Merge([], new TierResult(Tier.Device, [Objects.Detection(0, 0, 10, 10, "car", 0.8f)], At(0)));

            // When: two empty device replies.
            set = fusion.Merge(set, new TierResult(Tier.Device, [], At(1)));
            var afterOne = Assert.Single(set).Score;
            set = fusion.Merge(set, new TierResult(Tier.Device, [], At(2)));
            var afterTwo = Assert.Single(set).Score;
            set = fusion.Advance(set, At(2));

            // Then: the second miss withdrew the only confirmation, so the object now fades.
            Assert.Equal(0.4f, afterOne, 5);
            Assert.Equal(0.2f, afterTwo, 5);
            Assert.Equal(0.2f * 0.8f, Assert.Single(set).Score, 5);
        }

        [Fact]
        public void Should_NotPenalise_When_ATierThatNeverSawTheObjectMissesIt()
        {
            var fusion = new TieredFusion();
            var set = fusion.Merge([], new TierResult(Tier.Cloud, [Objects.Detection(0, 0, 4, 4, "person", 0.7f)], At(0)));

            set = fusion.Merge(set, new TierResult(Tier.Device, [], At(1)));

            Assert.Equal(0.7f, Assert.Single(set).Score);
        }

        [Fact]
        public void Should_RefuseToStartObjects_When_ANewBoxScoresBelowTheMinimum()
        {
            var fusion = new TieredFusion(new TieredFusionOptions { NewObjectMinScore = 0.3f });

            var set = fusion.Merge([], new TierResult(Tier.Device, [Objects.Detection(0, 0, 4, 4, "car", 0.2f)], At(0)));

            Assert.Empty(set);
        }
    }

    public sealed class TheAdvanceMethod
    {
        [Theory]
        [InlineData(Tier.Device, 15, 1.0)]
        [InlineData(Tier.Device, 16, 0.8)]
        [InlineData(Tier.EdgeServer, 25, 1.0)]
        [InlineData(Tier.EdgeServer, 26, 0.8)]
        [InlineData(Tier.Cloud, 50, 1.0)]
        [InlineData(Tier.Cloud, 51, 0.8)]
        public void Should_FadeOnlyAfterTheTierTimeToLive_When_NoTierConfirmsAgain(Tier tier, int frame, double factor)
        {
            // Given: defaults 15 frames (device), 1 s (edge server), 2 s (cloud) at 25 frames per second.
            var fusion = new TieredFusion();
            var set = fusion.Merge([], new TierResult(tier, [Objects.Detection(0, 0, 10, 10, "car", 0.5f)], At(0)));
            set = fusion.Advance(set, At(0));

            // When
            for (var f = 1; f <= frame; f++)
            {
                set = fusion.Advance(set, At(f));
            }

            // Then
            Assert.Equal(0.5 * factor, Assert.Single(set).Score, 5);
        }

        [Fact]
        public void Should_DropTheObject_When_ItFadesBelowTheFloor()
        {
            var fusion = new TieredFusion(new TieredFusionOptions { DeviceTimeToLive = TimeToLive.InFrames(0), DropScore = 0.35f });
            IReadOnlyList<TrackedObject> set = fusion.Merge([], new TierResult(Tier.Device, [Objects.Detection(0, 0, 10, 10, "car", 0.5f)], At(0)));

            set = fusion.Advance(set, At(1));
            var afterOne = set.Count;
            set = fusion.Advance(set, At(2));

            Assert.Equal(1, afterOne);
            Assert.Empty(set);
        }

        [Fact]
        public void Should_FallBackToTheNextTrustedClass_When_TheCloudConfirmationLapses()
        {
            // Given: the device says car at 0.6, the cloud says van at 0.9 (class van while the cloud's lasts).
            var fusion = new TieredFusion(new TieredFusionOptions { CloudTimeToLive = TimeToLive.InFrames(5), DeviceTimeToLive = TimeToLive.InFrames(100) });
            var set = fusion.Merge([], new TierResult(Tier.Device, [Objects.Detection(0, 0, 10, 10, "car", 0.6f)], At(0)));
            set = fusion.Merge(set, new TierResult(Tier.Cloud, [Objects.Detection(0, 0, 10, 10, "van", 0.9f)], At(1)));
            Assert.Equal("van", Assert.Single(set).Label);

            // When
            var later = Assert.Single(fusion.Advance(set, At(7)));

            // Then
            Assert.Equal("car", later.Label);
            Assert.Equal(Tier.Device, later.ClassSource);
            Assert.Equal(0.6f, later.Score);
        }
    }

    public sealed class TheFactory
    {
        [Theory]
        [InlineData("tiered", typeof(TieredFusion))]
        [InlineData("VATE", typeof(VateFusion))]
        public void Should_CreateByName_When_TheNameIsKnown(string name, Type expected) =>
            Assert.IsType(expected, FusionFactory.Create(name));

        [Fact]
        public void Should_ListTheNames_When_TheNameIsUnknown()
        {
            var error = Assert.Throws<ArgumentException>(() => FusionFactory.Create("react"));

            Assert.Contains("tiered, vate", error.Message, StringComparison.Ordinal);
        }
    }
}
