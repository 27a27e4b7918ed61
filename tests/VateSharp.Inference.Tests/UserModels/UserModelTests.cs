// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Assets;
using VateSharp.Core.Geometry;
using VateSharp.Inference.Tests.Assets;

namespace VateSharp.Inference.Tests.UserModels;

public sealed class UserModelTests
{
    public sealed class TheCreateAsyncMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        [Theory]
        [InlineData("yolov8", new long[] { 1, 6, 128 }, 2)]
        [InlineData("yolov5", new long[] { 1, 128, 6 }, 1)]
        public async Task Should_DecodeTheLayout_When_FamilyIsGivenForAPath(string family, long[] outputShape, int classes)
        {
            // Given a 16x16 model whose outputs all equal the normalised input: a white image makes every box
            // centred at (1, 1) input pixels, 1x1 in size, with score 1 for class 0.
            var path = Path.Combine(_folder.Path, family + ".onnx");
            await File.WriteAllBytesAsync(path, TinyOnnxModel.Reshape(16, 16, outputShape));
            using var detector = await DetectorFactory.CreateAsync(path, DetectorOptions.Default with { Family = family, IntraOpThreads = 1 });
            using var white = new Mat(32, 32, MatType.CV_8UC3, Scalar.All(255));

            // When
            var detections = detector.Detect(white);

            // Then every candidate is the same box, so NMS leaves one; the input scale 0.5 doubles it.
            Assert.Equal(family, detector.Info.Family);
            Assert.Equal((16, 16), (detector.Info.InputWidth, detector.Info.InputHeight));
            Assert.Equal(classes, detector.Info.ClassNames.Count);
            var d = Assert.Single(detections);
            Assert.Equal("class 0", d.Label);
            Assert.Equal(1f, d.Score, 5);
            Assert.Equal(new BoundingBox(1, 1, 3, 3), d.Box);
        }

        [Fact]
        public async Task Should_NameTheExpectedLayout_When_FamilyDoesNotFit()
        {
            var path = Path.Combine(_folder.Path, "v8.onnx");
            await File.WriteAllBytesAsync(path, TinyOnnxModel.Reshape(16, 16, [1, 6, 128]));

            var error = await Assert.ThrowsAsync<DetectorLoadException>(
                () => DetectorFactory.CreateAsync(path, DetectorOptions.Default with { Family = "yolox" }));

            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("does not look like a yolox model", error.Message, StringComparison.Ordinal);
            Assert.Contains("[1,6,128]", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_LoadADarknetPair_When_PathIsACfgWithoutFamily()
        {
            // Given Yolo-Fastest's cfg and weights copied out of the cache under a user's own names.
            var files = await AssetStore.Default.GetModelFilesAsync(ModelCatalogue.Get("yolo-fastest-1.1"));
            var cfg = Path.Combine(_folder.Path, "mine.cfg");
            File.Copy(files.Single(f => f.EndsWith(".cfg", StringComparison.Ordinal)), cfg);
            File.Copy(files.Single(f => f.EndsWith(".weights", StringComparison.Ordinal)), Path.Combine(_folder.Path, "mine.weights"));
            using var dog = Cv2.ImRead(Path.Combine(await AssetStore.Default.GetDataFolderAsync("sample-images"), "dog.jpg"));

            // When
            using var detector = await DetectorFactory.CreateAsync(cfg, DetectorOptions.Default);
            var detections = detector.Detect(dog);

            // Then
            Assert.Equal(("mine", "yolo-fastest", 320), (detector.Info.Name, detector.Info.Family, detector.Info.InputWidth));
            Assert.Contains(detections, d => d.Label == "dog");
        }

        [Fact]
        public async Task Should_AskForTheWeights_When_OnlyTheCfgExists()
        {
            var cfg = Path.Combine(_folder.Path, "lonely.cfg");
            await File.WriteAllTextAsync(cfg, "[net]\nwidth=320\nheight=320\n");

            var error = await Assert.ThrowsAsync<DetectorLoadException>(() => DetectorFactory.CreateAsync(cfg, DetectorOptions.Default));

            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("lonely.weights", error.Message, StringComparison.Ordinal);
        }

        public void Dispose() => _folder.Dispose();
    }
}
