// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Fusion;
using VateSharp.Pipeline.Tests.Support;

namespace VateSharp.Pipeline.Tests.Fusion;

public sealed class VateFusionTests
{
    private static readonly FrameStamp Now = new(10, TimeSpan.FromSeconds(0.4));

    public sealed class TheMergeMethod
    {
        [Theory]
        // Matched on an edge result: box from the edge, class kept from the cloud.
        [InlineData("C:truck@0,0,10,10", Tier.EdgeServer, "car@1,0,11,10", "E:truck@1,0,11,10")]
        // Matched on a cloud result: box kept from the edge, class from the cloud.
        [InlineData("E:car@0,0,10,10", Tier.Cloud, "truck@1,0,11,10", "C:truck@0,0,10,10")]
        // The device's own detector plays the edge part too.
        [InlineData("C:truck@0,0,10,10", Tier.Device, "car@1,0,11,10", "D:truck@1,0,11,10")]
        // An edge reply with no boxes wipes everything; an empty cloud reply changes nothing.
        [InlineData("C:car@0,0,10,10;E:bus@50,50,60,60", Tier.EdgeServer, "", "")]
        [InlineData("E:car@0,0,10,10", Tier.Cloud, "", "E:car@0,0,10,10")]
        // Cloud result: unmatched cloud boxes added, unmatched edge boxes stay.
        [InlineData("E:car@0,0,10,10;E:bus@50,50,60,60", Tier.Cloud, "car@1,0,11,10;person@100,100,110,110",
            "C:car@0,0,10,10;C:person@100,100,110,110;E:bus@50,50,60,60")]
        // Edge result: unmatched cloud boxes dropped, unmatched edge boxes added.
        [InlineData("C:car@0,0,10,10;C:person@100,100,110,110", Tier.EdgeServer, "car@1,0,11,10;bus@50,50,60,60",
            "E:bus@50,50,60,60;E:car@1,0,11,10")]
        // Each side supersedes its own earlier boxes.
        [InlineData("E:car@0,0,10,10", Tier.EdgeServer, "car@40,40,50,50", "E:car@40,40,50,50")]
        [InlineData("C:car@0,0,10,10", Tier.Cloud, "bus@50,50,60,60", "C:bus@50,50,60,60")]
        // Class is ignored when matching.
        [InlineData("E:car@0,0,10,10", Tier.Cloud, "person@0,0,10,10", "C:person@0,0,10,10")]
        // IoU 0.5 matches, 0.46 does not.
        [InlineData("C:truck@0,0,30,10", Tier.EdgeServer, "car@10,0,40,10", "E:truck@10,0,40,10")]
        [InlineData("C:truck@0,0,30,10", Tier.EdgeServer, "car@11,0,41,10", "E:car@11,0,41,10")]
        // Nothing current: the result is taken as it is.
        [InlineData("", Tier.Cloud, "car@0,0,10,10", "C:car@0,0,10,10")]
        public void Should_FollowVatesRule_When_GivenHandBuiltCases(string current, Tier tier, string incoming, string expected)
        {
            // Given
            var fusion = new VateFusion();

            // When
            var fused = fusion.Merge(Spec.Objects(current), new TierResult(tier, Spec.Detections(incoming), Now));

            // Then
            Assert.Equal(Spec.Normalise(expected), Spec.Format(fused));
        }

        [Fact]
        public void Should_TakeTheNewScoreAndKeepTheId_When_ABoxIsMatched()
        {
            // Given
            var fusion = new VateFusion();
            var current = Spec.Objects("E:car@0,0,10,10");

            // When
            var fused = Assert.Single(fusion.Merge(current, new TierResult(Tier.Cloud, Spec.Detections("truck@0,0,10,10"), Now)));

            // Then
            Assert.Equal(current[0].Id, fused.Id);
            Assert.Equal(0.8f, fused.Score);
            Assert.Equal(Tier.Cloud, fused.ClassSource);
            Assert.Equal(0, fused.FramesSinceConfirmed);
        }

        [Fact]
        public void Should_ChangeNothing_When_Advancing()
        {
            var fusion = new VateFusion();
            var current = Spec.Objects("E:car@0,0,10,10");

            Assert.Same(current, fusion.Advance(current, Now));
        }
    }
}
