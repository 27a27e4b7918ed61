// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>Where a fetched file came from.</summary>
public enum AssetSource
{
    /// <summary>It was already in the cache and verified.</summary>
    Cache,

    /// <summary>It was copied (or downloaded) from the configured mirror.</summary>
    Mirror,

    /// <summary>It was downloaded from its upstream address.</summary>
    Upstream,
}
