// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>What model a server runs.</summary>
public sealed record ModelMetadata
{
    /// <summary>Gets the catalogue name or file name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the model family, for example <c>yolox</c>.</summary>
    public required string Family { get; init; }

    /// <summary>Gets the class names; index = class id.</summary>
    public required IReadOnlyList<string> Classes { get; init; }

    /// <summary>Gets the network input width.</summary>
    public int InputWidth { get; init; }

    /// <summary>Gets the network input height.</summary>
    public int InputHeight { get; init; }

    /// <summary>Gets the execution provider, for example <c>cpu</c>.</summary>
    public string Provider { get; init; } = string.Empty;
}
