// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Sweep;
using VateSharp.Benchmark.Tests.Reporting;

namespace VateSharp.Benchmark.Tests.Sweep;

public sealed class EdgeDeviceArgumentsTests
{
    private static RunRequest Request(SweepConfiguration configuration) => new(
        new PlannedConfiguration(ConfigurationId.For(configuration), configuration.Normalized(), [ConfigurationRole.Sweep]),
        1, "/tmp/out", "/data/sequences/*", "/data/annotations.json");

    public sealed class For
    {
        [Fact]
        public void Should_PassEverySetSettingAndNothingElse_When_ARunHasRemoteTiers()
        {
            // Given
            using var scope = new CultureScope("de-DE");
            var configuration = new SweepConfiguration
            {
                Mode = "sync",
                DetectionRate = 10,
                Tiers = "device,cloud",
                Fusion = "vate",
                CloudPolicy = "confidence",
                JpegQuality = 75,
                Realtime = true,
                MaxFrames = 30,
            };

            // When
            var args = EdgeDeviceArguments.For(Request(configuration));

            // Then
            Assert.Equal(
            [
                "/data/sequences/*", "/data/annotations.json", "--detection-rate", "10", "--mode", "sync", "--tiers", "device,cloud",
                "--fusion", "vate", "--cloud-policy", "confidence", "--jpeg-quality", "75", "--max-frames", "30", "--realtime",
                "--no-progress", "--output", "/tmp/out",
            ], args);
        }

        [Fact]
        public void Should_AskOnlyForDecoding_When_TheRunIsDecodeOnly()
        {
            // Given
            var configuration = Baselines.DecodeOnly(new SweepConfiguration { Mode = "sync", DetectionRate = 5, Tiers = "device", Fusion = "ours", MaxFrames = 20 });

            // When
            var args = EdgeDeviceArguments.For(Request(configuration));

            // Then: no annotations, so no scores are expected either
            Assert.Equal(["/data/sequences/*", "--decode-only", "--no-progress", "--output", "/tmp/out", "--max-frames", "20"], args);
            Assert.Equal(["run.json", "metrics.json"], configuration.OutputFiles);
        }
    }
}
