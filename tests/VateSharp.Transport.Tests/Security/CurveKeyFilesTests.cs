// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Security;

namespace VateSharp.Transport.Tests.Security;

public sealed class CurveKeyFilesTests
{
    public sealed class Generate
    {
        [Fact]
        public void Should_WriteAPairThatLoadsBack_And_RefuseToOverwrite()
        {
            // Given an empty folder
            var folder = Path.Combine(Path.GetTempPath(), $"vate-keys-{Guid.NewGuid():N}");
            try
            {
                // When a pair is generated
                var written = CurveKeyFiles.Generate(folder, "device");

                // Then the secret file yields the same pair, the public file and the folder form an allow-list,
                // the secret is private to its owner, and a second run refuses to overwrite
                var secret = Path.Combine(folder, "device.secret");
                Assert.Equal(written.PublicKeyZ85, CurveKeyFiles.LoadSecret(secret).PublicKeyZ85);
                Assert.Equal(written.PublicKeyZ85, CurveKeyFiles.LoadPublic(Path.Combine(folder, "device.public")));
                Assert.Equal([written.PublicKeyZ85], CurveKeyFiles.LoadAllowList(folder));
                if (!OperatingSystem.IsWindows())
                {
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secret));
                }

                Assert.Throws<TransportException>(() => CurveKeyFiles.Generate(folder, "device"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public sealed class LoadAllowList
    {
        [Theory]
        [InlineData("not-a-key", "not a 40-character Z85 public key")]
        [InlineData(" , ", "holds no keys")]
        public void Should_ExplainBadLists(string source, string expected)
        {
            var error = Assert.Throws<TransportException>(() => CurveKeyFiles.LoadAllowList(source));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
    }
}
