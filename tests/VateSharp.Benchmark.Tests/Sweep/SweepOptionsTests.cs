// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Commands;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Tests.Sweep;

public sealed class SweepOptionsTests
{
    public sealed class Resolve
    {
        [Fact]
        public void Should_UseTheDefaults_When_NothingIsGiven()
        {
            // Given
            var options = new SweepOptions();

            // When
            var (grid, repeats, warmup) = options.Resolve();

            // Then
            Assert.Equal([5], grid.DetectionRates);
            Assert.Equal(["sync", "async"], grid.Modes);
            Assert.Equal([false], grid.Realtime);
            Assert.Equal((3, 1), (repeats, warmup));
            Assert.True(grid.IncludeBaselines);
        }

        [Fact]
        public void Should_LetFlagsWinOverTheGridFile_When_BothGiveAnAxis()
        {
            // Given
            using var folder = new SweepFolder();
            var file = Path.Combine(folder.Root, "grid.json");
            File.WriteAllText(file, """
                { "detectionRates": [1, 5, 10], "modes": ["sync"], "policies": ["default", "confidence"],
                  "realtime": ["off", "on"], "repeats": 2, "maxFrames": 40 }
                """);
            var options = new SweepOptions { Grid = file, DetectionRates = [3], Warmup = 0 };

            // When
            var (grid, repeats, warmup) = options.Resolve();

            // Then
            Assert.Equal([3], grid.DetectionRates);
            Assert.Equal(["sync"], grid.Modes);
            Assert.Equal([null, "confidence"], grid.CloudPolicies);
            Assert.Equal([false, true], grid.Realtime);
            Assert.Equal(40, grid.MaxFrames);
            Assert.Equal((2, 0), (repeats, warmup));
        }

        [Fact]
        public void Should_NameTheKey_When_TheGridFileHasAnUnknownOne()
        {
            // Given
            using var folder = new SweepFolder();
            var file = Path.Combine(folder.Root, "grid.json");
            File.WriteAllText(file, """{ "detectionRate": [1] }""");
            var options = new SweepOptions { Grid = file };

            // When
            var error = Assert.Throws<UserFacingException>(() => options.Resolve());

            // Then
            Assert.Contains("detectionRate", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_FailWithUsage_When_AMergedValueIsInvalid()
        {
            // Given
            var options = new SweepOptions { Modes = ["turbo"] };

            // When
            var error = Assert.Throws<UserFacingException>(() => options.Resolve());

            // Then
            Assert.Equal(ExitCodes.Usage, error.ExitCode);
            Assert.Contains("turbo", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class Validate
    {
        [Fact]
        public void Should_ComplainOnce_When_APeerModelIsNotALightModelThePeerDecodes()
        {
            // Given
            using var folder = new SweepFolder();
            var options = new SweepOptions { Annotations = folder.Annotations, PeerModels = ["yolox-nano"] };

            // When
            var problem = Assert.Single(options.Validate());

            // Then
            Assert.Contains("fastestdet and yolo-fastest", problem, StringComparison.Ordinal);
        }
    }
}
