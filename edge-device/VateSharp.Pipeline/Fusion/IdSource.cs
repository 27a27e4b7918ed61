// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Fusion;

/// <summary>Hands out object ids 1, 2, 3, ... within a sequence.</summary>
internal sealed class IdSource
{
    private int _last;

    public int Next() => ++_last;

    public void Reset() => _last = 0;
}
