// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Matching;

/// <summary>
/// Optimal assignment on a rectangular cost matrix by the Hungarian method (Kuhn 1955, Munkres 1957) in its
/// O(n²m) shortest-augmenting-path form with row and column potentials: one row is added at a time and an
/// augmenting path of minimum reduced cost is grown Dijkstra-style over the columns.
/// </summary>
public static class Hungarian
{
    /// <summary>
    /// Finds the assignment of rows to distinct columns with the least total cost. Every row is assigned when
    /// there are at least as many columns as rows; otherwise every column is, and the remaining rows get -1.
    /// </summary>
    /// <param name="cost">The cost of assigning row <c>i</c> to column <c>j</c>; finite numbers only.</param>
    /// <returns>For each row, its column, or -1 when it is not assigned.</returns>
    public static int[] Minimize(double[,] cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var rows = cost.GetLength(0);
        var columns = cost.GetLength(1);
        EnsureFinite(cost, nameof(cost));
        if (rows == 0 || columns == 0)
        {
            return Enumerable.Repeat(-1, rows).ToArray();
        }

        // The augmenting-path form needs rows <= columns; solve the transpose otherwise and invert the answer.
        if (rows <= columns)
        {
            return Solve(cost, rows, columns, transposed: false);
        }

        var columnToRow = Solve(cost, columns, rows, transposed: true);
        var rowToColumn = Enumerable.Repeat(-1, rows).ToArray();
        for (var c = 0; c < columns; c++)
        {
            rowToColumn[columnToRow[c]] = c;
        }

        return rowToColumn;
    }

    /// <summary>
    /// Finds the assignment with the largest total weight. Pairs whose weight is zero or less are reported as
    /// unassigned (-1): leaving them out never lowers the total, so zeroed IoU entries mean "no match".
    /// </summary>
    /// <param name="weight">The gain of assigning row <c>i</c> to column <c>j</c>; finite numbers only.</param>
    /// <returns>For each row, its column, or -1 when it is not assigned or its pair weighs nothing.</returns>
    public static int[] Maximize(double[,] weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        EnsureFinite(weight, nameof(weight));
        var rows = weight.GetLength(0);
        var columns = weight.GetLength(1);

        // Negative weights are clamped to zero so that "unassigned" is always at least as good as a bad pair.
        var cost = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                cost[i, j] = -Math.Max(0.0, weight[i, j]);
            }
        }

        var assignment = Minimize(cost);
        for (var i = 0; i < rows; i++)
        {
            if (assignment[i] >= 0 && weight[i, assignment[i]] <= 0.0)
            {
                assignment[i] = -1;
            }
        }

        return assignment;
    }

    // Solves a problem with n <= m: returns, for each of the n "left" items, its "right" item. When transposed,
    // left item i is column i of the caller's matrix and right item j is its row j.
    private static int[] Solve(double[,] cost, int n, int m, bool transposed)
    {
        // Potentials keep every reduced cost c(i,j) - rowPotential[i] - columnPotential[j] non-negative.
        // Column index m is a virtual start column that holds the row being inserted.
        var rowPotential = new double[n];
        var columnPotential = new double[m + 1];
        var columnOwner = new int[m + 1];
        var previousColumn = new int[m + 1];
        var slack = new double[m + 1];
        var visited = new bool[m + 1];
        Array.Fill(columnOwner, -1);

        for (var row = 0; row < n; row++)
        {
            var start = m;
            columnOwner[start] = row;
            Array.Fill(slack, double.PositiveInfinity);
            Array.Fill(visited, false);
            var current = start;

            // Grow a tree of tight edges from the new row until it reaches a free column.
            while (columnOwner[current] != -1)
            {
                visited[current] = true;
                var owner = columnOwner[current];
                var delta = double.PositiveInfinity;
                var next = -1;
                for (var j = 0; j < m; j++)
                {
                    if (visited[j])
                    {
                        continue;
                    }

                    var reduced = At(cost, owner, j, transposed) - rowPotential[owner] - columnPotential[j];
                    if (reduced < slack[j])
                    {
                        slack[j] = reduced;
                        previousColumn[j] = current;
                    }

                    if (slack[j] < delta)
                    {
                        delta = slack[j];
                        next = j;
                    }
                }

                // Shift potentials by the smallest slack so that at least one more edge becomes tight.
                for (var j = 0; j <= m; j++)
                {
                    if (visited[j])
                    {
                        rowPotential[columnOwner[j]] += delta;
                        columnPotential[j] -= delta;
                    }
                    else
                    {
                        slack[j] -= delta;
                    }
                }

                current = next;
            }

            // Flip the augmenting path back to the start column.
            while (current != start)
            {
                var before = previousColumn[current];
                columnOwner[current] = columnOwner[before];
                current = before;
            }
        }

        var result = new int[n];
        for (var j = 0; j < m; j++)
        {
            if (columnOwner[j] >= 0)
            {
                result[columnOwner[j]] = j;
            }
        }

        return result;
    }

    private static double At(double[,] cost, int left, int right, bool transposed) =>
        transposed ? cost[right, left] : cost[left, right];

    private static void EnsureFinite(double[,] matrix, string paramName)
    {
        foreach (var value in matrix)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException(
                    $"Every entry must be a finite number, but one is {value}; replace forbidden pairs by a large finite cost.",
                    paramName);
            }
        }
    }
}
