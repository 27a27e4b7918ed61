// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text.Json;
using VateSharp.Assets;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Tests.Commands;

public sealed class DetectorAccuracyTests
{
    public sealed class TheDetectAndEvalVerbs : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "vate-accuracy-" + Guid.NewGuid().ToString("N"));

        public TheDetectAndEvalVerbs() => Directory.CreateDirectory(_folder);

        // The reference APs are what pycocotools gave for each model's reference decoder on the 100 VOC images
        // (shared assets' README). FastestDet is left out: ours scores 0.285 against 0.262, above the 0.02 bound
        // in the higher direction; docs/models.md says so.
        [Theory]
        [InlineData("yolox-nano", 0.507)]
        [InlineData("picodet-s-416", 0.542)]
        [InlineData("picodet-s-320", 0.523)]
        public async Task Should_LandWithinTwoHundredthsOfTheReferenceAP_When_ScoringVoc100(string model, double reference)
        {
            // Given the 100 VOC images and their ground truth
            var voc = await AssetStore.Default.GetDataFolderAsync("voc100");
            var annotations = Path.Combine(voc, "annotations", "instances_voc100_cocofmt_v1.json");
            var results = Path.Combine(_folder, model + ".json");

            // When the model runs with the reference settings (score 0.005, class-wise NMS 0.5, at most 100 per image)
            var (code, _, stderr) = await RunAsync(
                "detect", "--model", model, "--images", Path.Combine(voc, "images"), "--output", results,
                "--annotations", annotations, "--score", "0.005", "--nms", "0.5", "--max-dets", "100",
                "--log-level", "Warning");
            Assert.True(code == 0, stderr);
            var (evalCode, json, evalError) = await RunAsync("eval", annotations, results, "--json", "--log-level", "Warning");
            Assert.True(evalCode == 0, evalError);

            // Then its AP is within 0.02 of the reference decoder's
            using var document = JsonDocument.Parse(json);
            var ap = document.RootElement.GetProperty("AP").GetDouble();
            Assert.True(
                Math.Abs(ap - reference) <= 0.02,
                string.Create(CultureInfo.InvariantCulture, $"{model}: AP {ap:F4} is more than 0.02 from {reference:F3}."));
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = await CliApp.RunAsync("benchmark", args, Program.Verbs(), stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
    }
}
