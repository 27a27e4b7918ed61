// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference;

/// <summary>Describes a loaded detector.</summary>
public sealed record DetectorInfo
{
    /// <summary>Gets the catalogue name, or the file name of a user model.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the model family (for example <c>yolox</c>).</summary>
    public required string Family { get; init; }

    /// <summary>Gets the network input width in pixels.</summary>
    public required int InputWidth { get; init; }

    /// <summary>Gets the network input height in pixels.</summary>
    public required int InputHeight { get; init; }

    /// <summary>Gets the class names, index = class id.</summary>
    public required IReadOnlyList<string> ClassNames { get; init; }

    /// <summary>Gets the execution provider actually in use (for example <c>cpu</c> or <c>cuda</c>).</summary>
    public string Provider { get; init; } = "cpu";
}
