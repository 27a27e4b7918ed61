// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Assets;

/// <summary>
/// Remembers that a cached file was verified, so it is not hashed again on every use. The stamp records the
/// checksum together with the file's size and modification time; touching or replacing the file invalidates it.
/// Stamps live in a separate <c>.stamps</c> tree so that data folders hold only their data.
/// </summary>
internal static class AssetStamp
{
    public static string PathFor(string cacheRoot, AssetFile file) =>
        Path.Combine(cacheRoot, ".stamps", file.Path + ".verified");

    public static bool IsCurrent(string cacheRoot, AssetFile file, string localPath)
    {
        var stamp = PathFor(cacheRoot, file);
        if (!File.Exists(stamp) || !File.Exists(localPath))
        {
            return false;
        }

        try
        {
            return string.Equals(File.ReadAllText(stamp).Trim(), Describe(file, localPath), StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static void Write(string cacheRoot, AssetFile file, string localPath)
    {
        var stamp = PathFor(cacheRoot, file);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(stamp)!);
            var temp = stamp + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, Describe(file, localPath));
            File.Move(temp, stamp, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only cache (for example the mirror itself used as the cache) still works; the file is just
            // hashed again next time.
        }
    }

    private static string Describe(AssetFile file, string localPath)
    {
        var info = new FileInfo(localPath);
        return string.Create(
            CultureInfo.InvariantCulture, $"{file.Sha256} {info.Length} {info.LastWriteTimeUtc.Ticks}");
    }
}
