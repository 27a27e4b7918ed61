// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;

namespace VateSharp.Inference.Tests.Assets;

public sealed class AssetStoreTests
{
    public sealed class TheGetFileAsyncMethod : IDisposable
    {
        private readonly LoopbackMirror _mirror = new();
        private readonly TempFolder _cache = new();

        [Fact]
        public async Task Should_ReturnVerifiedCopy_When_MirrorServesGoodBytes()
        {
            // Given
            _mirror.Add(TestCatalogue.FilePath, TestCatalogue.Bytes);
            var store = new AssetStore(_cache.Path, _mirror.BaseAddress, catalogue: TestCatalogue.Create());

            // When
            var first = await store.EnsureFileAsync(TestCatalogue.FilePath);
            var second = await store.EnsureFileAsync(TestCatalogue.FilePath);

            // Then
            Assert.Equal(AssetSource.Mirror, first.Source);
            Assert.Equal(AssetSource.Cache, second.Source);
            Assert.Equal(TestCatalogue.Bytes, await File.ReadAllBytesAsync(first.LocalPath));
            Assert.Equal(1, _mirror.Requests);
            Assert.Equal([Path.Combine("data", "test-set", "blob.bin")], _cache.DataFiles());
        }

        [Theory]
        [InlineData(MirrorBehaviour.CutConnection)]
        [InlineData(MirrorBehaviour.ShortBody)]
        [InlineData(MirrorBehaviour.FlipByte)]
        public async Task Should_RefuseAndLeaveNothing_When_DownloadIsDamaged(MirrorBehaviour behaviour)
        {
            // Given
            _mirror.Add(TestCatalogue.FilePath, TestCatalogue.Bytes, behaviour);
            var store = new AssetStore(_cache.Path, _mirror.BaseAddress, catalogue: TestCatalogue.Create());

            // When
            var error = await Assert.ThrowsAsync<AssetException>(() => store.GetFileAsync(TestCatalogue.FilePath));

            // Then
            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains(TestCatalogue.FilePath, error.Message, StringComparison.Ordinal);
            Assert.Contains("VATE_ASSETS_MIRROR", error.Message, StringComparison.Ordinal);
            Assert.Empty(_cache.DataFiles());
        }

        [Fact]
        public async Task Should_SayWhatToDo_When_MirrorLacksTheFile()
        {
            // Given
            var store = new AssetStore(_cache.Path, _mirror.BaseAddress, catalogue: TestCatalogue.Create());

            // When
            var error = await Assert.ThrowsAsync<AssetException>(() => store.GetFileAsync(TestCatalogue.FilePath));

            // Then
            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
            Assert.Empty(_cache.DataFiles());
        }

        [Fact]
        public async Task Should_SayWhatToDo_When_NetworkIsUnreachable()
        {
            // Given a mirror address on a loopback port that nobody listens on.
            var closedPort = new LoopbackMirror();
            var address = closedPort.BaseAddress;
            closedPort.Dispose();
            var store = new AssetStore(_cache.Path, address, catalogue: TestCatalogue.Create());

            // When
            var error = await Assert.ThrowsAsync<AssetException>(() => store.GetFileAsync(TestCatalogue.FilePath));

            // Then
            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("check the network connection", error.Message, StringComparison.Ordinal);
            Assert.Empty(_cache.DataFiles());
        }

        [Fact]
        public async Task Should_SayItIsMirrorOnly_When_NoMirrorIsSet()
        {
            // Given
            var store = new AssetStore(_cache.Path, mirror: null, catalogue: TestCatalogue.Create());

            // When
            var error = await Assert.ThrowsAsync<AssetException>(() => store.GetFileAsync(TestCatalogue.MirrorOnlyPath));

            // Then
            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("exists only in a local asset mirror", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_NameTheCatalogue_When_PathIsUnknown()
        {
            var store = new AssetStore(_cache.Path, _mirror.BaseAddress, catalogue: TestCatalogue.Create());

            var error = await Assert.ThrowsAsync<AssetException>(() => store.GetFileAsync("models/none/x.onnx"));

            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("not in the asset catalogue", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_TrustTheStamp_When_FileIsUnchangedSinceVerification()
        {
            // Given a verified file whose content is then altered behind the store's back, size and time kept.
            _mirror.Add(TestCatalogue.FilePath, TestCatalogue.Bytes);
            var store = new AssetStore(_cache.Path, _mirror.BaseAddress, catalogue: TestCatalogue.Create());
            var path = await store.GetFileAsync(TestCatalogue.FilePath);
            var written = File.GetLastWriteTimeUtc(path);
            var altered = (byte[])TestCatalogue.Bytes.Clone();
            altered[0] ^= 0xFF;
            await File.WriteAllBytesAsync(path, altered);
            File.SetLastWriteTimeUtc(path, written);

            // When
            var trusted = await store.EnsureFileAsync(TestCatalogue.FilePath);
            File.SetLastWriteTimeUtc(path, written.AddMinutes(1));
            var rechecked = await store.EnsureFileAsync(TestCatalogue.FilePath);

            // Then the stamp short-cuts hashing until the file's time changes; then the bad copy is replaced.
            Assert.Equal(AssetSource.Cache, trusted.Source);
            Assert.Equal(AssetSource.Mirror, rechecked.Source);
            Assert.Equal(TestCatalogue.Bytes, await File.ReadAllBytesAsync(path));
        }

        public void Dispose()
        {
            _mirror.Dispose();
            _cache.Dispose();
        }
    }

    public sealed class TheFolderMirror : IDisposable
    {
        private readonly TempFolder _mirror = new();
        private readonly TempFolder _cache = new();

        [Fact]
        public async Task Should_CopyWholeDataSet_When_MirrorFolderHoldsIt()
        {
            // Given
            WriteToMirror(TestCatalogue.FilePath, TestCatalogue.Bytes);
            WriteToMirror(TestCatalogue.MirrorOnlyPath, TestCatalogue.MirrorOnlyBytes);
            var store = new AssetStore(_cache.Path, _mirror.Path, catalogue: TestCatalogue.Create());

            // When
            var folder = await store.GetDataFolderAsync("test-set");

            // Then
            Assert.Equal(Path.Combine(_cache.Path, "data", "test-set"), folder);
            Assert.Equal(TestCatalogue.MirrorOnlyBytes, await File.ReadAllBytesAsync(Path.Combine(folder, "local-only.txt")));
            Assert.Equal(2, _cache.DataFiles().Count);
        }

        [Fact]
        public async Task Should_RefuseCorruptMirrorCopy_When_ChecksumDiffers()
        {
            // Given
            var altered = (byte[])TestCatalogue.Bytes.Clone();
            altered[^1] ^= 0x01;
            WriteToMirror(TestCatalogue.FilePath, altered);
            var store = new AssetStore(_cache.Path, _mirror.Path, catalogue: TestCatalogue.Create());

            // When
            var error = await Assert.ThrowsAsync<AssetException>(() => store.GetFileAsync(TestCatalogue.FilePath));

            // Then
            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("sha256", error.Message, StringComparison.Ordinal);
            Assert.Empty(_cache.DataFiles());
        }

        [Fact]
        public async Task Should_SayItIsMissing_When_MirrorFolderLacksMirrorOnlyFile()
        {
            var store = new AssetStore(_cache.Path, _mirror.Path, catalogue: TestCatalogue.Create());

            var error = await Assert.ThrowsAsync<AssetException>(() => store.GetDataFolderAsync("test-set"));

            TestCatalogue.AssertOneSentence(error.Message);
        }

        public void Dispose()
        {
            _mirror.Dispose();
            _cache.Dispose();
        }

        private void WriteToMirror(string relative, byte[] bytes)
        {
            var path = Path.Combine(_mirror.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }
}
