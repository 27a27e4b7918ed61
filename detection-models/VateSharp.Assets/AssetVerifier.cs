// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Security.Cryptography;

namespace VateSharp.Assets;

/// <summary>Copies a stream into a file while counting and hashing it, and checks both against the catalogue.</summary>
internal static class AssetVerifier
{
    private static readonly int BufferSize = 1 << 16;

    /// <summary>Returns <see langword="null"/> when the content matches, else a clause saying what differs.</summary>
    public static async Task<string?> CopyAndCheckAsync(Stream source, string destination, AssetFile file, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long total = 0;
        await using (var target = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            int read;
            while ((read = await source.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
            {
                total += read;

                // Stop early on an oversized body instead of filling the disk with it.
                if (total > file.Bytes)
                {
                    return $"it is larger than the expected {file.Bytes} bytes";
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
            }
        }

        if (total != file.Bytes)
        {
            return $"it is truncated ({total} of {file.Bytes} bytes)";
        }

        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        return string.Equals(actual, file.Sha256, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"its sha256 is {actual[..12]}... instead of {file.Sha256[..12]}...";
    }

    /// <summary>Hashes an existing file and reports whether it matches the catalogue entry.</summary>
    public static async Task<bool> MatchesAsync(string path, AssetFile file, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != file.Bytes)
        {
            return false;
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false));
        return string.Equals(actual, file.Sha256, StringComparison.OrdinalIgnoreCase);
    }
}
