// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Assets;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary><c>benchmark fetch-assets</c>: brings every catalogue file into the cache, verified.</summary>
internal static class FetchAssetsCommand
{
    public static async Task<int> RunAsync(FetchAssetsOptions options, CliContext context, CancellationToken ct)
    {
        var store = options.Mirror is null
            ? AssetStore.Default
            : new AssetStore(AssetLocations.DefaultCacheRoot(), options.Mirror);
        var files = SelectFiles(options.Only.ToList());

        await context.Out.WriteLineAsync(
            $"Fetching {files.Count} files into {store.CacheRoot} from {store.Mirror ?? "their upstream addresses"}").ConfigureAwait(false);
        int fetched = 0, cached = 0, failed = 0;
        string? firstFailure = null;
        foreach (var path in files)
        {
            try
            {
                var result = await store.EnsureFileAsync(path, ct).ConfigureAwait(false);
                var how = result.Source switch
                {
                    AssetSource.Cache => "cached ",
                    AssetSource.Mirror => "mirror ",
                    _ => "download",
                };
                _ = result.Source == AssetSource.Cache ? cached++ : fetched++;
                await context.Out.WriteLineAsync($"  {how}  {Size(result.File.Bytes),9}  {path}").ConfigureAwait(false);
            }
            catch (AssetException ex)
            {
                failed++;
                firstFailure ??= ex.Message;
                await context.Out.WriteLineAsync($"  FAILED    {"",9}  {path}: {ex.Message}").ConfigureAwait(false);
            }
        }

        if (failed > 0)
        {
            throw new AssetException(
                $"{failed} of {files.Count} files could not be fetched; the first failure was: {firstFailure}");
        }

        await context.Out.WriteLineAsync($"All {files.Count} files verified ({fetched} fetched, {cached} already cached).").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static List<string> SelectFiles(List<string> only)
    {
        var catalogue = AssetCatalogue.Default;
        if (only.Count == 0)
        {
            return [.. catalogue.Models.SelectMany(m => m.Files).Concat(catalogue.DataSets.SelectMany(d => d.Files)).Distinct(StringComparer.Ordinal)];
        }

        var files = new List<string>();
        foreach (var name in only)
        {
            files.AddRange(ModelCatalogue.TryGet(name, out var model) ? model.Files : DataSetCatalogue.Get(name).Files);
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    private static string Size(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB");
}
