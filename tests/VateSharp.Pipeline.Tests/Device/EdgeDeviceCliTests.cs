// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using OpenCvSharp;
using VateSharp.Cli;
using VateSharp.EdgeDevice;

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>The edge-device program as users run it: its messages, exit codes and output files.</summary>
public sealed class EdgeDeviceCliTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        RunOptions.CommandLine = args;
        var code = await CliApp.RunAsync("edge-device", args, new VerbRegistry().Add<RunOptions>(RunCommand.RunAsync), output, error);
        return (code, output.ToString(), error.ToString());
    }

    public sealed class BadInput
    {
        [Fact]
        public async Task Should_SayTheGlobMatchesNothing_When_TheGlobIsWrong()
        {
            // Given a glob that matches no folder
            using var folder = new TempFolder();

            // When the device is started on it
            var (code, _, error) = await RunAsync(folder.Combine("nowhere", "*"), "--output", folder.Combine("out"));

            // Then it exits with one sentence and writes nothing
            Assert.Equal(ExitCodes.Failure, code);
            Assert.Contains("matches nothing", error, StringComparison.Ordinal);
            Assert.Single(error.Trim().Split('\n'));
            Assert.False(Directory.Exists(folder.Combine("out")));
        }

        [Fact]
        public async Task Should_SayTheFolderHoldsNoImages_When_ItHasNone()
        {
            // Given a folder with a text file and an empty sub-folder
            using var folder = new TempFolder();
            Directory.CreateDirectory(folder.Combine("empty", "seq1"));
            await File.WriteAllTextAsync(folder.Combine("empty", "notes.txt"), "no frames here");

            // When the device is started on it
            var (code, _, error) = await RunAsync(folder.Combine("empty"), "--output", folder.Combine("out"));

            // Then it says so
            Assert.Equal(ExitCodes.Failure, code);
            Assert.Contains("holds no images", error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.Combine("out")));
        }

        [Fact]
        public async Task Should_SayTheAnnotationsDescribeOtherImages_When_TheyDoNotMatch()
        {
            // Given annotations of other images (file names that are not the sequences' frames)
            using var folder = new TempFolder();
            var annotations = folder.Combine("other.json");
            await File.WriteAllTextAsync(annotations, """
                {"images":[{"id":1,"file_name":"street/0001.jpg","width":640,"height":480}],
                 "annotations":[{"id":1,"image_id":1,"category_id":1,"bbox":[1,2,30,40],"area":1200,"iscrowd":0}],
                 "categories":[{"id":1,"name":"person"}]}
                """);

            // When the device is started with them
            var (code, _, error) = await RunAsync(await DeviceTestData.SequencesGlobAsync(), annotations, "--tiers", "device", "--output", folder.Combine("out"));

            // Then it names both sides before playing anything
            Assert.Equal(ExitCodes.Failure, code);
            Assert.Contains("describes none of the 40 input frames", error, StringComparison.Ordinal);
            Assert.Contains("street/0001.jpg", error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder.Combine("out")));
        }

        [Theory]
        [InlineData("--detection-rate", "0", "--detection-rate must be at least 1")]
        [InlineData("--tiers", "device,fog", "--tiers lists 'fog'")]
        [InlineData("--cloud-policy", "sometimes", "--cloud-policy must be one of")]
        [InlineData("--server-size", "big", "--server-size must be WIDTHxHEIGHT")]
        [InlineData("--fusion", "average", "--fusion must be ours")]
        [InlineData("--server-max-in-flight", "0", "--server-max-in-flight must be 1 to 16, got 0")]
        public async Task Should_ExitWithUsage_When_AnOptionIsInvalid(string option, string value, string message)
        {
            // Given an invalid option value
            using var folder = new TempFolder();

            // When the device is started with it
            var (code, _, error) = await RunAsync(folder.Path, option, value);

            // Then it explains the value and exits with the usage code
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains(message, error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_SkipCountAndScoreACorruptFrame_When_OneJpegInTheMiddleIsBroken()
        {
            // Given the sequences with frame 10 of the first one overwritten by garbage
            using var folder = new TempFolder();
            var data = await DeviceTestData.CopyAsync(folder.Combine("data"));
            var broken = Directory.GetDirectories(Path.Combine(data, "sequences")).Order(StringComparer.Ordinal).First();
            await File.WriteAllBytesAsync(Path.Combine(broken, "0000010.jpg"), [0xFF, 0xD8, 0x00, 0x13, 0x37]);

            // When the device plays them
            var output = folder.Combine("out");
            var (code, stdout, error) = await RunAsync(
                Path.Combine(data, "sequences", "*"), Path.Combine(data, "annotations.json"), "--tiers", "device", "--output", output);

            // Then the run went on, skipped and counted the frame, and still scored all 40 frames
            Assert.True(code == ExitCodes.Success, error);
            using var metrics = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "metrics.json")));
            Assert.Equal(1, metrics.RootElement.GetProperty("corruptFramesSkipped").GetInt32());
            Assert.Equal(1, metrics.RootElement.GetProperty("framesFilled").GetInt32());
            Assert.Equal(39, metrics.RootElement.GetProperty("framesShown").GetInt32());
            using var scores = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "scores.json")));
            Assert.Equal(40, scores.RootElement.GetProperty("images").GetInt32());
            Assert.Contains("Average Precision", stdout, StringComparison.Ordinal);
        }
    }

    public sealed class OptionsAndConfig
    {
        [Fact]
        public async Task Should_ExplainEveryOptionWithItsDefault_When_AskedForHelp()
        {
            // When the program is asked for help
            var (code, stdout, _) = await RunAsync("run", "--help");

            // Then every option is there, with defaults
            Assert.Equal(ExitCodes.Success, code);
            foreach (var option in new[] { "--detection-rate", "--mode", "--sync", "--tiers", "--server-endpoint", "--cloud-endpoint", "--device-model", "--server-model", "--cloud-models", "--cloud-slices", "--cloud-policy", "--cloud-every", "--server-policy", "--fusion", "--tracker", "--jpeg-quality", "--server-size", "--cloud-size", "--output", "--realtime", "--fps", "--video-out", "--frames-out", "--max-frames", "--log-level", "--config", "--deadline-ms", "--server-max-in-flight", "--cloud-max-in-flight" })
            {
                Assert.Contains(option, stdout, StringComparison.Ordinal);
            }

            Assert.Contains("(Default: 5)", stdout, StringComparison.Ordinal);
            Assert.Contains("(Default: device,server,cloud)", stdout, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_TakeValuesFromTheConfigFileButLetFlagsWin_When_BothAreGiven()
        {
            // Given a config file that sets the rate, the mode, the fps and the input
            using var folder = new TempFolder();
            var config = folder.Combine("device.json");
            var glob = (await DeviceTestData.SequencesGlobAsync()).Replace("\\", "\\\\", StringComparison.Ordinal);
            await File.WriteAllTextAsync(config, $$"""{"input": "{{glob}}", "detection-rate": 3, "mode": "sync", "fps": 30, "tiers": ["device"], "server-max-in-flight": 3}""");

            // When the device runs with the file and a flag that overrides the rate
            var output = folder.Combine("out");
            var (code, _, error) = await RunAsync("--config", config, "--detection-rate", "7", "--decode-only", "--output", output);

            // Then run.json shows the flag's rate and the file's other values
            Assert.True(code == ExitCodes.Success, error);
            using var run = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "run.json")));
            var options = run.RootElement.GetProperty("options");
            Assert.Equal(7, options.GetProperty("detectionRate").GetInt32());
            Assert.Equal("sync", options.GetProperty("mode").GetString());
            Assert.Equal(30, options.GetProperty("framesPerSecond").GetDouble());
            Assert.Equal("device", options.GetProperty("tiers")[0].GetString());
            Assert.Equal(3, options.GetProperty("server").GetProperty("maxInFlight").GetInt32());
            Assert.Equal(1, options.GetProperty("cloud").GetProperty("maxInFlight").GetInt32());
            using var metrics = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "metrics.json")));
            Assert.Equal(40, metrics.RootElement.GetProperty("framesShown").GetInt32());
        }

        [Fact]
        public async Task Should_RejectTheConfigFile_When_ItNamesAnUnknownOption()
        {
            // Given a config file with a misspelt option
            using var folder = new TempFolder();
            var config = folder.Combine("device.json");
            await File.WriteAllTextAsync(config, """{"detection-rat": 3}""");

            // When the device is started with it
            var (code, _, error) = await RunAsync(folder.Path, "--config", config);

            // Then it names the option
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains("unknown option 'detection-rat'", error, StringComparison.Ordinal);
        }
    }

    public sealed class Outputs
    {
        [Fact]
        public async Task Should_WriteCocoResultsWithTheAnnotationsIdsAndScores_When_TheRunIsAnnotated()
        {
            // Given the device and an embedded edge server on the annotated sequences
            using var folder = new TempFolder();
            var output = folder.Combine("out");
            var annotations = await DeviceTestData.AnnotationsAsync();

            // When it runs
            var video = Path.Combine(output, "shown.mp4");
            var frames = Path.Combine(output, "frames");
            var (code, stdout, error) = await RunAsync(
                await DeviceTestData.SequencesGlobAsync(), annotations, "--tiers", "device,server", "--output", output, "--video-out", video, "--frames-out", frames);

            // Then detections.json uses the annotation file's image and category ids, and scores.json has the twelve numbers
            Assert.True(code == ExitCodes.Success, error);
            using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(annotations));
            var images = truth.RootElement.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToHashSet();
            var categories = truth.RootElement.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToHashSet();
            using var detections = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "detections.json")));
            Assert.NotEmpty(detections.RootElement.EnumerateArray());
            Assert.All(detections.RootElement.EnumerateArray(), d =>
            {
                Assert.Contains(d.GetProperty("image_id").GetInt64(), images);
                Assert.Contains(d.GetProperty("category_id").GetInt64(), categories);
            });
            using var scores = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "scores.json")));
            var overall = scores.RootElement.GetProperty("overall");
            foreach (var key in new[] { "AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl" })
            {
                Assert.True(overall.TryGetProperty(key, out _), $"scores.json lacks {key}.");
            }

            Assert.True(overall.GetProperty("AP50").GetDouble() > 0.1, $"AP50 {overall.GetProperty("AP50").GetDouble()} is implausibly low.");
            Assert.Equal(2, scores.RootElement.GetProperty("sequences").EnumerateObject().Count());
            Assert.Contains("Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ]", stdout, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFiles(output, "*.tmp*"));

            // And the video and the frames show every frame
            using (var capture = new VideoCapture(video))
            {
                Assert.True(capture.IsOpened(), "The recorded video does not open.");
                Assert.Equal(40, capture.Get(VideoCaptureProperties.FrameCount));
            }

            Assert.Equal(40, Directory.EnumerateFiles(frames, "*.jpg", SearchOption.AllDirectories).Count());
        }

        [Fact]
        public async Task Should_WriteDetectionsAsItGoes_When_TheInputIsAVideo()
        {
            // Given a video made of the first 12 frames of a test sequence
            using var folder = new TempFolder();
            var sequence = Directory.EnumerateDirectories(Path.Combine(await DeviceTestData.FolderAsync(), "sequences")).Order(StringComparer.Ordinal).First();
            var clip = folder.Combine("clip.avi");
            var stills = Directory.EnumerateFiles(sequence, "*.jpg").Order(StringComparer.Ordinal).Take(12).ToList();
            using (var first = Cv2.ImRead(stills[0]))
            using (var writer = new VideoWriter(clip, FourCC.MJPG, 25, first.Size()))
            {
                foreach (var still in stills)
                {
                    using var image = Cv2.ImRead(still);
                    writer.Write(image);
                }
            }

            // When the device plays it on its own
            var output = folder.Combine("runs", "clip");
            var (code, _, error) = await RunAsync(clip, "--tiers", "device", "--output", output, "--no-progress");

            // Then detections.json numbers the frames 1..12 in play order and no temporary file is left anywhere
            Assert.True(code == ExitCodes.Success, error);
            using var detections = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "detections.json")));
            var ids = detections.RootElement.EnumerateArray().Select(d => d.GetProperty("image_id").GetInt64()).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.InRange(id, 1, 12));
            Assert.Empty(Directory.EnumerateFiles(folder.Combine("runs"), "*.tmp", SearchOption.AllDirectories));
            Assert.Empty(Directory.EnumerateFiles(folder.Combine("runs"), ".*", SearchOption.TopDirectoryOnly));
        }
    }
}
