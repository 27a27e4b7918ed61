// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;
using VateSharp.Benchmark.Tests.Reporting;

namespace VateSharp.Benchmark.Tests.Sweep;

public sealed class ConfigurationIdTests
{
    private static SweepConfiguration Sample => new()
    {
        Mode = "async",
        DetectionRate = 5,
        Tiers = "device,server,cloud",
        Fusion = "ours",
        CloudPolicy = "confidence",
        JpegQuality = 90,
    };

    public sealed class For
    {
        [Theory]
        [InlineData("")]
        [InlineData("de-DE")]
        [InlineData("tr-TR")]
        public void Should_GiveTheRecordedId_When_CultureIs(string culture)
        {
            // Given: ids name folders of earlier sweeps, so they must never change
            using var scope = new CultureScope(culture);

            // When
            var id = ConfigurationId.For(Sample);

            // Then
            Assert.Equal("async-r5-dsc-ours-cp-confidence-q90-" + Hash(Sample), id);
            Assert.Equal("async-r5-dsc-ours-cp-confidence-q90-31f2969b62", id);
        }

        [Fact]
        public void Should_GiveTheSameId_When_SettingsDifferOnlyInSpellingOrOrder()
        {
            // Given
            var other = Sample with { Mode = "ASYNC", Tiers = "cloud, Device,server", Fusion = " ours " };

            // Then
            Assert.Equal(ConfigurationId.For(Sample), ConfigurationId.For(other));
        }

        [Theory]
        [InlineData("mode")]
        [InlineData("rate")]
        [InlineData("tiers")]
        [InlineData("policy")]
        [InlineData("model")]
        [InlineData("quality")]
        [InlineData("realtime")]
        [InlineData("frames")]
        public void Should_GiveAnotherId_When_OneSettingChanges(string setting)
        {
            // Given
            var changed = setting switch
            {
                "mode" => Sample with { Mode = "sync" },
                "rate" => Sample with { DetectionRate = 10 },
                "tiers" => Sample with { Tiers = "device,cloud" },
                "policy" => Sample with { CloudPolicy = "every-n" },
                "model" => Sample with { CloudModels = "yolox-nano" },
                "quality" => Sample with { JpegQuality = 70 },
                "realtime" => Sample with { Realtime = true },
                _ => Sample with { MaxFrames = 50 },
            };

            // Then
            Assert.NotEqual(ConfigurationId.For(Sample), ConfigurationId.For(changed));
        }

        [Fact]
        public void Should_KeepOnlyFileNameSafeCharacters_When_APolicyHasOdd()
        {
            // When
            var id = ConfigurationId.For(Sample with { CloudPolicy = "../weird policy!" });

            // Then
            Assert.Matches("^[a-z0-9-]+$", id);
        }

        private static string Hash(SweepConfiguration c) => Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(c.Normalized().CanonicalText())))[..10];
    }
}
