// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>Resolves the default cache folder and mirror from the environment and the checkout layout.</summary>
public static class AssetLocations
{
    /// <summary>The environment variable that overrides the cache folder.</summary>
    public const string CacheVariable = "VATE_ASSETS_DIR";

    /// <summary>The environment variable that names a mirror: a folder or an http(s) address laid out like the catalogue.</summary>
    public const string MirrorVariable = "VATE_ASSETS_MIRROR";

    /// <summary>
    /// Returns the first ancestor of <see cref="AppContext.BaseDirectory"/> (or of <paramref name="start"/>) that
    /// holds VateSharp.sln, or <see langword="null"/> when the program runs outside a checkout.
    /// </summary>
    public static string? FindRepositoryRoot(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VateSharp.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// Gets the default cache folder: <c>VATE_ASSETS_DIR</c>, else <c>&lt;repo&gt;/.assets</c>, else
    /// <c>~/.cache/vatesharp/assets</c>.
    /// </summary>
    public static string DefaultCacheRoot()
    {
        var configured = Environment.GetEnvironmentVariable(CacheVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var repo = FindRepositoryRoot();
        if (repo is not null)
        {
            return Path.Combine(repo, ".assets");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".cache", "vatesharp", "assets");
    }

    /// <summary>
    /// Gets the default mirror: <c>VATE_ASSETS_MIRROR</c>, else <c>&lt;repo&gt;/../shared/assets</c> when it holds a
    /// manifest.json, else <see langword="null"/> (download from upstream).
    /// </summary>
    public static string? DefaultMirror()
    {
        var configured = Environment.GetEnvironmentVariable(MirrorVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return IsHttp(configured) ? configured : Path.GetFullPath(configured);
        }

        var repo = FindRepositoryRoot();
        if (repo is null)
        {
            return null;
        }

        var beside = Path.GetFullPath(Path.Combine(repo, "..", "shared", "assets"));
        return File.Exists(Path.Combine(beside, "manifest.json")) ? beside : null;
    }

    internal static bool IsHttp(string location) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
