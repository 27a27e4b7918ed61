// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Cli;

namespace VateSharp.Datasets.Tests.Cli;

public sealed class DatasetsProgramTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string VocAnnotations => Path.Combine(TestAssets.Voc100, "annotations", "instances_voc100_cocofmt_v1.json");

    private static string VocImages => Path.Combine(TestAssets.Voc100, "images");

    public sealed class Synthesize
    {
        [Fact]
        public async Task Should_WriteVisDroneLayout_When_ArgumentsAreValid()
        {
            // Given
            using var temp = new TempFolder();

            // When
            var (code, output, error) = await RunAsync(
                "synthesize", "--images", VocImages, "--annotations", VocAnnotations, "--output", temp.Combine("o"),
                "--sequences", "1", "--frames", "3", "--size", "160x90", "--seed", "4");

            // Then
            Assert.Equal(0, code);
            Assert.StartsWith("Wrote 1 sequences, 3 frames", output, StringComparison.Ordinal);
            Assert.Contains("sequence 1/1 done", error, StringComparison.Ordinal);
            Assert.True(File.Exists(temp.Combine("o", "annotations", "synth_0001.txt")));
        }

        [Theory]
        [InlineData("--size", "960by540", "--size must be WIDTHxHEIGHT")]
        [InlineData("--frames", "0", "--sequences and --frames must be at least 1")]
        public async Task Should_PrintOneSentenceAndExit2_When_OptionIsBad(string option, string value, string message)
        {
            // Given
            using var temp = new TempFolder();

            // When
            var (code, _, error) = await RunAsync(
                "synthesize", "--images", VocImages, "--annotations", VocAnnotations, "--output", temp.Combine("o"), option, value);

            // Then
            Assert.Equal(2, code);
            Assert.Contains(message, error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(temp.Combine("o")));
        }

        [Fact]
        public async Task Should_PrintOneSentenceAndWriteNothing_When_AnnotationsAreNotCoco()
        {
            // Given
            using var temp = new TempFolder();
            var notCoco = temp.WriteText("x.json", "{\"hello\": 1}");

            // When
            var (code, output, error) = await RunAsync("synthesize", "--images", VocImages, "--annotations", notCoco, "--output", temp.Combine("o"));

            // Then
            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal($"datasets: '{notCoco}' is not a COCO annotation file: expected a JSON object with 'images', 'annotations' and 'categories' arrays, found an object with keys 'hello'.\n", error);
            Assert.False(Directory.Exists(temp.Combine("o")));
        }

        [Fact]
        public async Task Should_PrintOneSentence_When_ImagesFolderIsMissing()
        {
            using var temp = new TempFolder();

            var (code, _, error) = await RunAsync("synthesize", "--images", temp.Combine("none"), "--annotations", VocAnnotations, "--output", temp.Combine("o"));

            Assert.Equal(1, code);
            Assert.Contains("does not exist", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }
    }

    public sealed class VisDroneToCoco
    {
        [Fact]
        public async Task Should_WriteNoFile_When_AnnotationLineIsMalformed()
        {
            // Given
            using var temp = new TempFolder();
            temp.WriteJpeg("root/sequences/s/0000001.jpg");
            temp.WriteText("root/annotations/s.txt", "1,1,0,0,5,5,1,4,0,0\n1,1,0,0,5\n");
            var output = temp.Combine("out.json");

            // When
            var (code, _, error) = await RunAsync("visdrone-to-coco", "--root", temp.Combine("root"), "--output", output);

            // Then
            Assert.Equal(1, code);
            Assert.StartsWith($"datasets: {temp.Combine("root", "annotations", "s.txt")}:2: expected 10", error, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
            Assert.Empty(Directory.GetFiles(temp.Path));
        }

        [Fact]
        public async Task Should_WriteCocoJson_When_FolderIsValid()
        {
            // Given
            using var temp = new TempFolder();
            temp.WriteJpeg("root/sequences/s/0000001.jpg");
            temp.WriteText("root/annotations/s.txt", "1,1,0,0,5,5,1,4,0,0\n");

            // When
            var (code, output, _) = await RunAsync("visdrone-to-coco", "--root", temp.Combine("root"), "--output", temp.Combine("o.json"), "--category-ids", "one-based");

            // Then
            Assert.Equal(0, code);
            Assert.Equal($"Wrote 1 images, 1 annotations and 10 categories to {temp.Combine("o.json")}.\n", output);
            Assert.Contains("\"category_id\":4", await File.ReadAllTextAsync(temp.Combine("o.json")), StringComparison.Ordinal);
        }
    }

    public sealed class Usage
    {
        [Theory]
        [InlineData("--help", "visdrone-to-coco")]
        [InlineData("synthesize --help", "--annotations")]
        [InlineData("help visdrone-to-coco", "--category-ids")]
        public async Task Should_PrintHelpOnStdoutAndExit0_When_HelpIsAsked(string arguments, string expected)
        {
            var (code, output, error) = await RunAsync(arguments.Split(' '));

            Assert.Equal(0, code);
            Assert.Contains(expected, output, StringComparison.Ordinal);
            Assert.Empty(error);
        }

        [Theory]
        [InlineData("synthesize --bogus", "datasets: Option 'bogus' is unknown; run 'datasets synthesize --help' for the options.")]
        [InlineData("visdrone-to-coco --root r", "datasets: Required option 'output' is missing; run 'datasets visdrone-to-coco --help' for the options.")]
        public async Task Should_PrintOneSentenceAndExit2_When_TheCommandLineIsWrong(string arguments, string expected)
        {
            var (code, output, error) = await RunAsync(arguments.Split(' '));

            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Equal(expected + "\n", error);
        }
    }
}
