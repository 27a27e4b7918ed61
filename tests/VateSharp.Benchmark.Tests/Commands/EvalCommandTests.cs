// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Tests.Commands;

public sealed class EvalCommandTests
{
    private static string Fixture(string file)
    {
        var mirror = Environment.GetEnvironmentVariable("VATE_ASSETS_MIRROR") is { Length: > 0 } env ? env : "/work/shared/assets";
        return Path.Combine(mirror, "data", "coco-val2014-eval-fixture", file);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync("benchmark", args, Program.Verbs(), output, error);
        return (code, output.ToString(), error.ToString());
    }

    public sealed class Run_
    {
        [Fact]
        public async Task Should_PrintPycocotoolsTable_When_ScoringFixture()
        {
            // When
            var (code, output, _) = await RunAsync(
                "eval", Fixture("sampled_gts_bbox_area.json"), Fixture("instances_val2014_fakebbox100_results.json"));

            // Then: the first and last lines pycocotools printed for the same files.
            var lines = output.Split('\n');
            Assert.Equal(0, code);
            Assert.Equal(" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.504", lines[0]);
            Assert.Equal(" Average Recall     (AR) @[ IoU=0.50:0.95 | area= large | maxDets=100 ] = 0.554", lines[11]);
        }

        [Fact]
        public async Task Should_PrintTwelveKeys_When_JsonIsAsked()
        {
            // When
            var (code, output, _) = await RunAsync(
                "eval", Fixture("sampled_gts_bbox_area.json"), Fixture("sampled_bbox_results.json"), "--json");

            // Then
            Assert.Equal(0, code);
            using var document = JsonDocument.Parse(output);
            Assert.Equal(
                ["AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"],
                document.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(0.503647, Math.Round(document.RootElement.GetProperty("AP").GetDouble(), 6));
        }

        [Fact]
        public async Task Should_PrintOneSentence_When_ResultsAreNotCoco()
        {
            // Given
            var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(path, "{\"x\": 1}");

            try
            {
                // When
                var (code, output, error) = await RunAsync("eval", Fixture("sampled_gts_bbox_area.json"), path);

                // Then
                Assert.Equal(1, code);
                Assert.Empty(output);
                Assert.StartsWith($"benchmark: '{path}' is not a COCO results file", error, StringComparison.Ordinal);
                Assert.Single(error.TrimEnd('\n').Split('\n'));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public async Task Should_PrintOneSentenceAndExit1_When_AFileIsMissing()
        {
            var missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

            var (code, output, error) = await RunAsync("eval", missing, Fixture("sampled_bbox_results.json"));

            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.Equal($"benchmark: The COCO file '{missing}' does not exist; check the path.\n", error);
        }

        [Theory]
        [InlineData("1,10", "--max-dets needs exactly three limits")]
        [InlineData("1,x,100", "--max-dets must be three positive whole numbers")]
        public async Task Should_Exit2_When_MaxDetsIsNotThreeNumbers(string maxDets, string message)
        {
            var (code, _, error) = await RunAsync("eval", "a", "b", "--max-dets", maxDets);

            Assert.Equal(2, code);
            Assert.StartsWith("benchmark: " + message, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }
    }

    public sealed class EvalSpeed
    {
        [Theory]
        [InlineData("--images", "0", "--images, --boxes-per-image and --categories must be at least 1")]
        [InlineData("--max-dets", "5", "--max-dets needs exactly three limits")]
        public async Task Should_PrintOneSentenceAndExit2_When_AnOptionIsBad(string option, string value, string message)
        {
            var (code, output, error) = await RunAsync("eval-speed", option, value);

            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.StartsWith("benchmark: " + message, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }

        [Fact]
        public async Task Should_PrintTheTimings_When_TheCaseIsSmall()
        {
            var (code, output, error) = await RunAsync("eval-speed", "--images", "20", "--detections", "100");

            Assert.True(code == 0, error);
            Assert.StartsWith("20 images, 200 ground-truth boxes, 100 detections", output, StringComparison.Ordinal);
        }
    }

    public sealed class Tracking
    {
        [Theory]
        [InlineData("--trackers", "nope", 2, "--trackers names 'nope'")]
        [InlineData("--stride", "0", 2, "--objects, --stride and --max-sequences must be at least 1")]
        [InlineData("--log-level", "Warning", 1, "The COCO file '")]
        public async Task Should_PrintOneSentence_When_InputIsBad(string option, string value, int expected, string message)
        {
            // Given a data folder that does not exist
            var data = Path.Combine(Path.GetTempPath(), $"no-data-{Guid.NewGuid():N}");

            // When
            var (code, output, error) = await RunAsync("tracking", "--data", data, option, value);

            // Then
            Assert.Equal(expected, code);
            Assert.Empty(output);
            Assert.StartsWith("benchmark: " + message, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }
    }
}
