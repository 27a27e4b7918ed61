// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.VisDrone;

/// <summary>Options of <see cref="VisDroneToCocoConverter"/>.</summary>
public sealed class VisDroneConversionOptions
{
    /// <summary>Gets the defaults: VATE's 0-9 category ids.</summary>
    public static VisDroneConversionOptions Default { get; } = new();

    /// <summary>
    /// Gets the numbering of VisDrone's classes (default <see cref="CategoryIdScheme.Vate"/>, 0-9). Ignored when
    /// the folder has a <c>categories.json</c> sidecar: its categories and ids are used instead.
    /// </summary>
    public CategoryIdScheme CategoryIds { get; init; } = CategoryIdScheme.Vate;
}
