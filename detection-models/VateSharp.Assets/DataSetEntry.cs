// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>A catalogue data set: a folder under the asset root and the files it holds.</summary>
public sealed record DataSetEntry
{
    /// <summary>Gets the catalogue name (for example <c>voc100</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the folder relative to the asset root (for example <c>data/gt-voc2007-100img-rodm</c>).</summary>
    public required string Folder { get; init; }

    /// <summary>Gets every file of the data set, relative to the asset root.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Gets a one-line description.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the licence summary.</summary>
    public string Licence { get; init; } = string.Empty;
}
