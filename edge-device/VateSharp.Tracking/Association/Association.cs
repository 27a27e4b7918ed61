// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Matching;

namespace VateSharp.Tracking.Association;

/// <summary>The outcome of pairing followed objects (rows) with new boxes (columns).</summary>
/// <param name="Matches">The pairs, ordered by row; <see cref="MatchPair.Weight"/> is the class-weighted IoU.</param>
/// <param name="UnmatchedObjects">Indices of followed objects nothing matched.</param>
/// <param name="UnmatchedBoxes">Indices of new boxes nothing matched.</param>
public readonly record struct Association(
    IReadOnlyList<MatchPair> Matches, IReadOnlyList<int> UnmatchedObjects, IReadOnlyList<int> UnmatchedBoxes);
