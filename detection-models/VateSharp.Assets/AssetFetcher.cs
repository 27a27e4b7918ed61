// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Net;

namespace VateSharp.Assets;

/// <summary>Brings one file from the mirror or upstream into a temporary file, checks it and renames it into place.</summary>
internal sealed class AssetFetcher(HttpClient http, string? mirror)
{
    private static readonly string Remedy =
        "check the network connection, or set VATE_ASSETS_MIRROR to a folder that holds the assets (such as a copy of shared/assets)";

    public async Task<AssetSource> FetchAsync(AssetFile file, string local, CancellationToken ct)
    {
        if (mirror is not null && !AssetLocations.IsHttp(mirror))
        {
            var mirrored = Path.Combine(mirror, file.Path);
            if (File.Exists(mirrored))
            {
                await CopyFromFolderAsync(file, mirrored, local, ct).ConfigureAwait(false);
                return AssetSource.Mirror;
            }

            if (file.IsMirrorOnly)
            {
                throw new AssetException(
                    $"{file.Path} is not in the mirror {mirror} and has no public upstream address; point VATE_ASSETS_MIRROR at a folder that holds it.");
            }
        }
        else if (mirror is not null)
        {
            var address = new Uri(new Uri(mirror.TrimEnd('/') + "/"), EscapePath(file.Path));
            await DownloadAsync(file, address, local, ct).ConfigureAwait(false);
            return AssetSource.Mirror;
        }

        if (file.IsMirrorOnly)
        {
            throw new AssetException(
                $"{file.Path} exists only in a local asset mirror (it has no public upstream address); set VATE_ASSETS_MIRROR to a folder that holds it, such as a copy of shared/assets.");
        }

        await DownloadAsync(file, new Uri(file.Url!), local, ct).ConfigureAwait(false);
        return AssetSource.Upstream;
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string TempPathFor(string local) => $"{local}.{Guid.NewGuid():N}.part";

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Leave a stray temporary file rather than hide the original failure; it never has the final name.
        }
    }

    private static async Task CopyFromFolderAsync(AssetFile file, string mirrored, string local, CancellationToken ct)
    {
        var temp = TempPathFor(local);
        try
        {
            string? problem;
            await using (var source = new FileStream(mirrored, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            {
                problem = await AssetVerifier.CopyAndCheckAsync(source, temp, file, ct).ConfigureAwait(false);
            }

            if (problem is not null)
            {
                throw new AssetException(
                    $"The mirror's copy of {file.Path} was refused because {problem}; replace it in {Path.GetDirectoryName(mirrored)} or unset VATE_ASSETS_MIRROR to download it.");
            }

            File.Move(temp, local, overwrite: true);
        }
        finally
        {
            DeleteQuietly(temp);
        }
    }

    private async Task DownloadAsync(AssetFile file, Uri address, string local, CancellationToken ct)
    {
        var temp = TempPathFor(local);
        try
        {
            string? problem;
            try
            {
                using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new AssetException(
                        $"Downloading {file.Path} from {address} failed with HTTP {(int)response.StatusCode} {response.ReasonPhrase}; {Remedy}.");
                }

                await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
                problem = await AssetVerifier.CopyAndCheckAsync(body, temp, file, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException
                || (ex is TaskCanceledException && !ct.IsCancellationRequested))
            {
                var reason = ex is TaskCanceledException ? "timed out" : $"failed ({ex.Message.TrimEnd('.')})";
                throw new AssetException($"Downloading {file.Path} from {address} {reason}; {Remedy}.", ex);
            }

            if (problem is not null)
            {
                throw new AssetException(
                    $"The download of {file.Path} from {address} was refused because {problem}; {Remedy}, then run again.");
            }

            File.Move(temp, local, overwrite: true);
        }
        finally
        {
            DeleteQuietly(temp);
        }
    }
}
