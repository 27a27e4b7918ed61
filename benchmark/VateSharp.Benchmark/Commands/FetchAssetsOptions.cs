// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Assets;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of <c>benchmark fetch-assets</c>.</summary>
[Verb("fetch-assets", HelpText = "Fetch and verify every catalogue model and data set (or those named by --only) into the asset cache, one line per file.")]
public sealed class FetchAssetsOptions : VerbOptions
{
    /// <summary>Gets or sets the mirror folder or http(s) address.</summary>
    [Option("mirror", HelpText = "Copy from this folder (or http(s) address) laid out like the catalogue instead of downloading. Default: VATE_ASSETS_MIRROR, else ../shared/assets beside the checkout when present, else upstream.")]
    public string? Mirror { get; set; }

    /// <summary>Gets or sets the models and data sets to fetch.</summary>
    [Option("only", HelpText = "Fetch only these catalogue models or data sets (space-separated names). Default: everything.")]
    public IEnumerable<string> Only { get; set; } = [];

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var name in Only)
        {
            if (!ModelCatalogue.TryGet(name, out _) && !DataSetCatalogue.TryGet(name, out _))
            {
                yield return $"--only names '{name}', which is neither a catalogue model ({string.Join(", ", ModelCatalogue.Names)}) nor a data set ({string.Join(", ", DataSetCatalogue.Names)}).";
            }
        }

        if (Mirror is not null && !Mirror.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(Mirror))
        {
            yield return $"--mirror names the folder '{Mirror}', which does not exist.";
        }
    }
}
