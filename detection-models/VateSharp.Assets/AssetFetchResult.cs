// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>The outcome of ensuring one file: its catalogue entry, its verified local path and where it came from.</summary>
/// <param name="File">The catalogue entry.</param>
/// <param name="LocalPath">The absolute path of the verified file in the cache.</param>
/// <param name="Source">Whether it was cached already, copied from the mirror or downloaded from upstream.</param>
public readonly record struct AssetFetchResult(AssetFile File, string LocalPath, AssetSource Source);
