// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Cli;
using VateSharp.Datasets.VisDrone;

namespace VateSharp.Datasets.Cli.Commands;

/// <summary>Options of the <c>visdrone-to-coco</c> verb.</summary>
[Verb("visdrone-to-coco", HelpText =
    "Convert a VisDrone VID folder (sequences/ + annotations/) or DET folder (images/ + annotations/)" +
    " to one COCO JSON file. Ignored regions become crowd boxes of every category; 'others' is " +
    "dropped.")]
internal sealed class VisDroneToCocoOptions : VerbOptions
{
    [Option("root", Required = true, HelpText = "The VisDrone folder.")]
    public string Root { get; init; } = string.Empty;

    [Option("output", Required = true, HelpText = "The COCO JSON file to write (written atomically).")]
    public string Output { get; init; } = string.Empty;

    [Option("category-ids", Default = "vate", HelpText =
        "vate: ids 0-9 (VisDrone value - 1); one-based: ids 1-10 (default vate). A categories.json in the" +
        " root overrides both.")]
    public string CategoryIds { get; init; } = "vate";

    /// <summary>Parses <c>vate</c> or <c>one-based</c>.</summary>
    public static CategoryIdScheme? ParseIds(string text) => text.Trim().ToLowerInvariant() switch
    {
        "vate" => CategoryIdScheme.Vate,
        "one-based" or "onebased" => CategoryIdScheme.OneBased,
        _ => null,
    };
}
