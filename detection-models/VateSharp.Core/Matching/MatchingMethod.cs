// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Matching;

/// <summary>How pairs are chosen from a weight matrix.</summary>
public enum MatchingMethod
{
    /// <summary>The assignment with the largest total weight (<see cref="Hungarian"/>).</summary>
    Hungarian = 0,

    /// <summary>Repeatedly take the heaviest remaining pair whose row and column are both free.</summary>
    Greedy = 1,
}
