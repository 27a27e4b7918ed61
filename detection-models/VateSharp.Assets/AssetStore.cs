// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>
/// Local, verified copies of catalogue files. A file is fetched on first use (copied from the mirror when one is
/// set, else downloaded from its pinned upstream address), written to a temporary file beside its final place,
/// checked against the catalogue's size and sha256, then renamed into place; a file that fails the check is
/// deleted and an <see cref="AssetException"/> says what to do. Verified files are not hashed again on later calls.
/// </summary>
/// <remarks>Thread-safe: concurrent callers share one fetch per store; other processes are safe because every
/// fetch writes to its own temporary file and replaces the target atomically.</remarks>
public sealed class AssetStore
{
    private static readonly Lazy<AssetStore> DefaultStore =
        new(() => new AssetStore(AssetLocations.DefaultCacheRoot(), AssetLocations.DefaultMirror()));

    private static readonly Lazy<HttpClient> SharedHttp = new(() => new HttpClient { Timeout = TimeSpan.FromMinutes(10) });

    private readonly HttpClient? _http;
    private readonly SemaphoreSlim _fetchLock = new(1, 1);

    /// <summary>Initializes a new instance of the <see cref="AssetStore"/> class.</summary>
    /// <param name="cacheRoot">The folder that holds verified copies, laid out like the catalogue paths.</param>
    /// <param name="mirror">A folder or an http(s) base address laid out like the catalogue; <see langword="null"/> downloads from upstream.</param>
    /// <param name="httpClient">The client for downloads; <see langword="null"/> uses a shared one with a 10-minute timeout.</param>
    /// <param name="catalogue">The catalogue to serve; <see langword="null"/> uses <see cref="AssetCatalogue.Default"/>.</param>
    public AssetStore(string cacheRoot, string? mirror = null, HttpClient? httpClient = null, AssetCatalogue? catalogue = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheRoot);

        CacheRoot = Path.GetFullPath(cacheRoot);
        Mirror = string.IsNullOrWhiteSpace(mirror) ? null : mirror;
        _http = httpClient;
        Catalogue = catalogue ?? AssetCatalogue.Default;
    }

    /// <summary>
    /// Gets the store configured from the environment: cache <c>VATE_ASSETS_DIR</c>, else <c>&lt;repo&gt;/.assets</c>,
    /// else <c>~/.cache/vatesharp/assets</c>; mirror <c>VATE_ASSETS_MIRROR</c>, else <c>&lt;repo&gt;/../shared/assets</c>
    /// when it holds manifest.json, else none.
    /// </summary>
    public static AssetStore Default => DefaultStore.Value;

    /// <summary>Gets the absolute cache folder.</summary>
    public string CacheRoot { get; }

    /// <summary>Gets the mirror folder or address, or <see langword="null"/> when files come from upstream.</summary>
    public string? Mirror { get; }

    /// <summary>Gets the catalogue this store serves.</summary>
    public AssetCatalogue Catalogue { get; }

    private HttpClient Http => _http ?? SharedHttp.Value;

    /// <summary>Returns the verified local path of a catalogue file, fetching it on first use.</summary>
    /// <param name="relativePath">The catalogue path, for example <c>models/yolox-nano-coco-onnx/yolox_nano.onnx</c>.</param>
    /// <param name="ct">Cancels the fetch; a partial file is removed.</param>
    /// <exception cref="AssetException">The file is unknown, unreachable or fails its checksum.</exception>
    public async Task<string> GetFileAsync(string relativePath, CancellationToken ct = default) =>
        (await EnsureFileAsync(relativePath, ct).ConfigureAwait(false)).LocalPath;

    /// <summary>Ensures every file of a catalogue data set and returns the data set's local folder.</summary>
    /// <param name="dataSetName">The catalogue name, for example <c>voc100</c>.</param>
    /// <param name="ct">Cancels the fetch.</param>
    /// <exception cref="AssetException">The data set is unknown or one of its files cannot be fetched.</exception>
    public async Task<string> GetDataFolderAsync(string dataSetName, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataSetName);
        if (!Catalogue.TryGetDataSet(dataSetName, out var dataSet))
        {
            throw new AssetException(
                $"There is no catalogue data set named '{dataSetName}'; expected one of {string.Join(", ", Catalogue.DataSets.Select(d => d.Name))}.");
        }

        foreach (var file in dataSet.Files)
        {
            await EnsureFileAsync(file, ct).ConfigureAwait(false);
        }

        return Path.Combine(CacheRoot, dataSet.Folder);
    }

    /// <summary>Ensures every file of a catalogue model and returns their local paths in catalogue order.</summary>
    public async Task<IReadOnlyList<string>> GetModelFilesAsync(ModelEntry model, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(model);

        var paths = new List<string>(model.Files.Count);
        foreach (var file in model.Files)
        {
            paths.Add(await GetFileAsync(file, ct).ConfigureAwait(false));
        }

        return paths;
    }

    /// <summary>Ensures one catalogue file and reports where it came from.</summary>
    /// <exception cref="AssetException">The file is unknown, unreachable or fails its checksum.</exception>
    public async Task<AssetFetchResult> EnsureFileAsync(string relativePath, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        if (!Catalogue.TryGetFile(relativePath, out var file))
        {
            throw new AssetException(
                $"'{relativePath}' is not in the asset catalogue; expected a catalogue path such as models/yolox-nano-coco-onnx/yolox_nano.onnx.");
        }

        var local = Path.Combine(CacheRoot, file.Path);
        if (AssetStamp.IsCurrent(CacheRoot, file, local))
        {
            return new AssetFetchResult(file, local, AssetSource.Cache);
        }

        await _fetchLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await FetchLockedAsync(file, local, ct).ConfigureAwait(false);
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private async Task<AssetFetchResult> FetchLockedAsync(AssetFile file, string local, CancellationToken ct)
    {
        // Another caller may have fetched it while this one waited, or the file was placed by hand without a stamp.
        if (AssetStamp.IsCurrent(CacheRoot, file, local))
        {
            return new AssetFetchResult(file, local, AssetSource.Cache);
        }

        if (await AssetVerifier.MatchesAsync(local, file, ct).ConfigureAwait(false))
        {
            AssetStamp.Write(CacheRoot, file, local);
            return new AssetFetchResult(file, local, AssetSource.Cache);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        var source = await new AssetFetcher(Http, Mirror).FetchAsync(file, local, ct).ConfigureAwait(false);
        AssetStamp.Write(CacheRoot, file, local);
        return new AssetFetchResult(file, local, source);
    }
}
