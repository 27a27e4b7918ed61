// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;
using VateSharp.Inference.Tests.Assets;

namespace VateSharp.Inference.Tests;

public sealed class DetectorFactoryTests
{
    public sealed class TheCreateAsyncMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        [Fact]
        public async Task Should_SayItIsText_When_ModelFileIsText()
        {
            // Given
            var path = Path.Combine(_folder.Path, "model.onnx");
            await File.WriteAllTextAsync(path, "version https://git-lfs.github.com/spec/v1\noid sha256:abc\n");

            // When
            var error = await Assert.ThrowsAsync<DetectorLoadException>(
                () => DetectorFactory.CreateAsync(path, DetectorOptions.Default with { Family = "yolox" }));

            // Then
            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("is text", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_WrapOnnxRuntimeError_When_FileIsBinaryGarbage()
        {
            var path = Path.Combine(_folder.Path, "garbage.onnx");
            await File.WriteAllBytesAsync(path, [0x08, 0x07, 0xFF, 0x00, 0x13, 0x37, 0x00, 0x01, 0x02]);

            var error = await Assert.ThrowsAsync<DetectorLoadException>(
                () => DetectorFactory.CreateAsync(path, DetectorOptions.Default with { Family = "yolov8" }));

            Assert.Contains("ONNX Runtime could not load garbage.onnx", error.Message, StringComparison.Ordinal);
            Assert.NotNull(error.InnerException);
        }

        [Fact]
        public async Task Should_ListCatalogueNames_When_NameIsNeitherModelNorFile()
        {
            var error = await Assert.ThrowsAsync<DetectorLoadException>(
                () => DetectorFactory.CreateAsync("yolov99", DetectorOptions.Default));

            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("picodet-s-416", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_AskForTheFamily_When_PathHasNone()
        {
            var path = Path.Combine(_folder.Path, "user.onnx");
            await File.WriteAllBytesAsync(path, [0x08, 0x07]);

            var error = await Assert.ThrowsAsync<DetectorLoadException>(() => DetectorFactory.CreateAsync(path, DetectorOptions.Default));

            Assert.Contains("--family", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_RefuseTheModel_When_MirrorCopyFailsItsChecksum()
        {
            // Given a mirror whose FastestDet has the right size but altered bytes, and an empty cache.
            var entry = AssetCatalogue.Default.Files.Single(f => f.Path == "models/fastestdet-coco-onnx/FastestDet.onnx");
            var mirrored = Path.Combine(_folder.Path, "mirror", entry.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(mirrored)!);
            await File.WriteAllBytesAsync(mirrored, new byte[entry.Bytes]);
            var store = new AssetStore(Path.Combine(_folder.Path, "cache"), Path.Combine(_folder.Path, "mirror"));

            // When
            var error = await Assert.ThrowsAsync<AssetException>(() => DetectorFactory.CreateAsync("fastestdet", DetectorOptions.Default, store));

            // Then
            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("sha256", error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(_folder.Path, "cache", entry.Path)));
        }

        [Fact]
        public async Task Should_FallBackToCpu_When_CudaIsUnavailable()
        {
            // The CPU build (the default) has no CUDA provider, so the request must degrade, not fail.
            using var detector = await DetectorFactory.CreateAsync(
                "fastestdet", DetectorOptions.Default with { Provider = ExecutionProvider.Cuda, IntraOpThreads = 1 });

            Assert.True(detector.Info.Provider is "cpu" or "cuda");
        }

        public void Dispose() => _folder.Dispose();
    }
}
