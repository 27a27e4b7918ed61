// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Matching;

/// <summary>One matched pair: row <paramref name="Row"/> of a weight matrix with its column <paramref name="Column"/>.</summary>
/// <param name="Row">The index in the first list (for example the current tracks).</param>
/// <param name="Column">The index in the second list (for example a tier's new boxes).</param>
/// <param name="Weight">The pair's weight (for example its IoU).</param>
public readonly record struct MatchPair(int Row, int Column, double Weight);
