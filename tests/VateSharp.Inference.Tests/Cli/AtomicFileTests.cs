// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;
using VateSharp.Inference.Tests.Assets;

namespace VateSharp.Inference.Tests.Cli;

public sealed class AtomicFileTests
{
    public sealed class TheWriteAsyncMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        [Fact]
        public async Task Should_LeaveOldContentAndNoTempFile_When_WriterFails()
        {
            // Given
            var path = Path.Combine(_folder.Path, "out", "results.json");
            await AtomicFile.WriteAllTextAsync(path, "old");

            // When
            await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(path, async (stream, ct) =>
            {
                await stream.WriteAsync("half"u8.ToArray(), ct);
                throw new InvalidOperationException("writer failed");
            }));

            // Then
            Assert.Equal("old", await File.ReadAllTextAsync(path));
            Assert.Equal(["results.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        }

        [Fact]
        public void Should_KeepTheExtension_When_WriterNeedsAPath()
        {
            var path = Path.Combine(_folder.Path, "image.jpg");
            string? seen = null;

            AtomicFile.WriteViaTempPath(path, temp =>
            {
                seen = temp;
                File.WriteAllText(temp, "x");
            });

            Assert.EndsWith(".jpg", seen, StringComparison.Ordinal);
            Assert.True(File.Exists(path));
            Assert.False(File.Exists(seen));
        }

        public void Dispose() => _folder.Dispose();
    }
}
