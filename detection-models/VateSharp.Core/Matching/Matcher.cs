// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Core.Matching;

/// <summary>Builds IoU matrices and picks one-to-one pairs from weight matrices.</summary>
public static class Matcher
{
    /// <summary>Returns the matrix of IoU between every box of <paramref name="rows"/> and every box of <paramref name="columns"/>.</summary>
    public static double[,] IoUMatrix(IReadOnlyList<BoundingBox> rows, IReadOnlyList<BoundingBox> columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);

        var matrix = new double[rows.Count, columns.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < columns.Count; j++)
            {
                matrix[i, j] = rows[i].IoU(columns[j]);
            }
        }

        return matrix;
    }

    /// <summary>
    /// Picks one-to-one pairs whose weight is at least <paramref name="minWeight"/> (entries below it are zeroed
    /// first, so they can never be chosen), ordered by row.
    /// </summary>
    /// <param name="weight">The pair weights, for example IoU; finite numbers only.</param>
    /// <param name="minWeight">The smallest weight a pair may have; must be greater than zero.</param>
    /// <param name="method">Optimal (Hungarian) or greedy choice.</param>
    public static IReadOnlyList<MatchPair> Match(double[,] weight, double minWeight, MatchingMethod method)
    {
        ArgumentNullException.ThrowIfNull(weight);
        if (!(minWeight > 0.0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(minWeight), minWeight, $"The smallest pair weight must be greater than 0, but it is {minWeight}.");
        }

        var rows = weight.GetLength(0);
        var columns = weight.GetLength(1);
        var gated = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                gated[i, j] = weight[i, j] >= minWeight ? weight[i, j] : 0.0;
            }
        }

        return method switch
        {
            MatchingMethod.Hungarian => FromAssignment(gated, Hungarian.Maximize(gated)),
            MatchingMethod.Greedy => Greedy(gated),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Use Hungarian or Greedy."),
        };
    }

    private static List<MatchPair> FromAssignment(double[,] gated, int[] assignment)
    {
        var pairs = new List<MatchPair>();
        for (var i = 0; i < assignment.Length; i++)
        {
            if (assignment[i] >= 0)
            {
                pairs.Add(new MatchPair(i, assignment[i], gated[i, assignment[i]]));
            }
        }

        return pairs;
    }

    private static List<MatchPair> Greedy(double[,] gated)
    {
        var candidates = new List<MatchPair>();
        for (var i = 0; i < gated.GetLength(0); i++)
        {
            for (var j = 0; j < gated.GetLength(1); j++)
            {
                if (gated[i, j] > 0.0)
                {
                    candidates.Add(new MatchPair(i, j, gated[i, j]));
                }
            }
        }

        // Heaviest first; ties broken by position so the result does not depend on the sort's stability.
        candidates.Sort((a, b) =>
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column);
        });

        var rowTaken = new bool[gated.GetLength(0)];
        var columnTaken = new bool[gated.GetLength(1)];
        var pairs = new List<MatchPair>();
        foreach (var candidate in candidates)
        {
            if (rowTaken[candidate.Row] || columnTaken[candidate.Column])
            {
                continue;
            }

            rowTaken[candidate.Row] = true;
            columnTaken[candidate.Column] = true;
            pairs.Add(candidate);
        }

        pairs.Sort((a, b) => a.Row.CompareTo(b.Row));
        return pairs;
    }
}
