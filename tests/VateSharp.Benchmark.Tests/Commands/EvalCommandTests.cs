// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Benchmark.Commands;

namespace VateSharp.Benchmark.Tests.Commands;

public sealed class EvalCommandTests
{
    private static string Fixture(string file)
    {
        var mirror = Environment.GetEnvironmentVariable("VATE_ASSETS_MIRROR") is { Length: > 0 } env ? env : "/work/shared/assets";
        return Path.Combine(mirror, "data", "coco-val2014-eval-fixture", file);
    }

    private static (int Code, string Output, string Error) Run(EvalOptions options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = EvalCommand.Run(options, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public sealed class Run_
    {
        [Fact]
        public void Should_PrintPycocotoolsTable_When_ScoringFixture()
        {
            // When
            var (code, output, _) = Run(new EvalOptions
            {
                Annotations = Fixture("sampled_gts_bbox_area.json"),
                Results = Fixture("instances_val2014_fakebbox100_results.json"),
            });

            // Then: the first and last lines pycocotools printed for the same files.
            var lines = output.Split('\n');
            Assert.Equal(0, code);
            Assert.Equal(" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.504", lines[0]);
            Assert.Equal(" Average Recall     (AR) @[ IoU=0.50:0.95 | area= large | maxDets=100 ] = 0.554", lines[11]);
        }

        [Fact]
        public void Should_PrintTwelveKeys_When_JsonIsAsked()
        {
            // When
            var (code, output, _) = Run(new EvalOptions
            {
                Annotations = Fixture("sampled_gts_bbox_area.json"),
                Results = Fixture("sampled_bbox_results.json"),
                Json = true,
            });

            // Then
            Assert.Equal(0, code);
            using var document = JsonDocument.Parse(output);
            Assert.Equal(
                ["AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"],
                document.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(0.503647, Math.Round(document.RootElement.GetProperty("AP").GetDouble(), 6));
        }

        [Fact]
        public void Should_PrintOneSentence_When_ResultsAreNotCoco()
        {
            // Given
            var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
            File.WriteAllText(path, "{\"x\": 1}");

            try
            {
                // When
                var (code, output, error) = Run(new EvalOptions { Annotations = Fixture("sampled_gts_bbox_area.json"), Results = path });

                // Then
                Assert.Equal(1, code);
                Assert.Empty(output);
                Assert.StartsWith($"benchmark: '{path}' is not a COCO results file", error, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Should_Exit2_When_MaxDetsIsNotThreeNumbers()
        {
            var (code, _, error) = Run(new EvalOptions { Annotations = "a", Results = "b", MaxDets = "1,10" });

            Assert.Equal(2, code);
            Assert.Contains("--max-dets needs exactly three limits", error, StringComparison.Ordinal);
        }
    }
}
