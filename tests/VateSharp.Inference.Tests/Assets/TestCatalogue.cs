// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Security.Cryptography;
using VateSharp.Assets;

namespace VateSharp.Inference.Tests.Assets;

/// <summary>Builds small catalogues over random bytes for fetch tests.</summary>
internal static class TestCatalogue
{
    public const string FilePath = "data/test-set/blob.bin";

    public const string MirrorOnlyPath = "data/test-set/local-only.txt";

    public static byte[] Bytes { get; } = RandomNumberGenerator.GetBytes(200_000);

    public static byte[] MirrorOnlyBytes { get; } = "only in the mirror\n"u8.ToArray();

    public static AssetCatalogue Create(string? upstream = null) => new(
        [
            new AssetFile
            {
                Path = FilePath,
                Url = upstream ?? "http://127.0.0.1:9/unreachable/blob.bin",
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(Bytes)),
                Bytes = Bytes.Length,
            },
            new AssetFile
            {
                Path = MirrorOnlyPath,
                Url = null,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(MirrorOnlyBytes)),
                Bytes = MirrorOnlyBytes.Length,
            },
        ],
        dataSets: [new DataSetEntry { Name = "test-set", Folder = "data/test-set", Files = [FilePath, MirrorOnlyPath] }]);

    public static void AssertOneSentence(string message)
    {
        Assert.DoesNotContain('\n', message);
        Assert.EndsWith(".", message, StringComparison.Ordinal);
        Assert.True(char.IsUpper(message[0]) || message[0] is '\'' || char.IsLetterOrDigit(message[0]), message);
    }
}
