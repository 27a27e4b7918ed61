// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Assets;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Tests.Commands;

public sealed class DetectCommandTests
{
    public sealed class TheRunAsyncMethod : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "vate-detect-" + Guid.NewGuid().ToString("N"));

        public TheRunAsyncMethod() => Directory.CreateDirectory(_folder);

        [Fact]
        public async Task Should_WriteCocoResultsWithGroundTruthIds_When_AnnotationsAreGiven()
        {
            // Given two voc100 images and their ground truth.
            var voc = await AssetStore.Default.GetDataFolderAsync("voc100");
            var images = Path.Combine(_folder, "images");
            Directory.CreateDirectory(images);
            foreach (var name in new[] { "2007_000027.jpg", "2007_000032.jpg" })
            {
                File.Copy(Path.Combine(voc, "images", name), Path.Combine(images, name));
            }

            var output = Path.Combine(_folder, "results.json");
            var annotations = Path.Combine(voc, "annotations", "instances_voc100_cocofmt_v1.json");

            // When
            var (code, _, stderr) = await RunAsync(
                "detect", "--model", "fastestdet", "--images", images, "--output", output, "--annotations", annotations,
                "--threads", "1", "--log-level", "Warning");

            // Then every result names one of the two images' ids in the ground truth (100 and 99) and a VOC category id; the person in 2007_000027 is found as category 1.
            Assert.True(code == 0, stderr);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var results = json.RootElement.EnumerateArray().ToList();
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.Contains(r.GetProperty("image_id").GetInt32(), new[] { 99, 100 }));
            Assert.Contains(results, r => r.GetProperty("image_id").GetInt32() == 100 && r.GetProperty("category_id").GetInt32() == 1);
            Assert.All(results, r => Assert.InRange(r.GetProperty("category_id").GetInt32(), 1, 20));
            Assert.All(results, r => Assert.Equal(4, r.GetProperty("bbox").GetArrayLength()));
        }

        [Fact]
        public async Task Should_FailWithOneSentenceAndWriteNothing_When_AnImageIsCorrupt()
        {
            // Given
            await File.WriteAllTextAsync(Path.Combine(_folder, "broken.jpg"), "this is not a JPEG");
            var output = Path.Combine(_folder, "out", "results.json");

            // When
            var (code, _, stderr) = await RunAsync(
                "detect", "--model", "fastestdet", "--images", _folder, "--output", output, "--log-level", "Warning");

            // Then
            Assert.Equal(1, code);
            Assert.StartsWith("benchmark: ", stderr, StringComparison.Ordinal);
            Assert.Contains("could not be decoded", stderr, StringComparison.Ordinal);
            Assert.Single(stderr.Trim().Split('\n'));
            Assert.False(File.Exists(output));
        }

        [Fact]
        public async Task Should_ExitWithUsageCode_When_ScoreIsOutOfRange()
        {
            var (code, _, stderr) = await RunAsync("detect", "--model", "fastestdet", "--images", _folder, "--output", "x.json", "--score", "1.5");

            Assert.Equal(2, code);
            Assert.Contains("--score must be in [0, 1], but is 1.5.", stderr, StringComparison.Ordinal);
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
