// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>One file of the catalogue, addressed by its path relative to the asset root.</summary>
public sealed record AssetFile
{
    /// <summary>Gets the path relative to the asset root, with forward slashes (for example <c>models/x/y.onnx</c>).</summary>
    public required string Path { get; init; }

    /// <summary>Gets the upstream address at a pinned commit, or <see langword="null"/> for a mirror-only file.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the expected SHA-256 of the content, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Gets the expected size in bytes.</summary>
    public required long Bytes { get; init; }

    /// <summary>Gets the licence the file is distributed under.</summary>
    public string Licence { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the file can only be copied from a local mirror (it has no public address).</summary>
    public bool IsMirrorOnly => Url is null;
}
