// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Matching;

namespace VateSharp.Core.Tests.Matching;

public sealed class HungarianTests
{
    public sealed class TheMinimizeMethod
    {
        [Fact]
        public void Should_FindTheOptimum_When_GreedyChoiceIsWrong()
        {
            // Given: greedy would take (0,0)=1 and be forced into (1,1)=10; the optimum is 2 + 3.
            double[,] cost = { { 1, 2 }, { 3, 10 } };

            // When
            var assignment = Hungarian.Minimize(cost);

            // Then
            Assert.Equal([1, 0], assignment);
        }

        [Fact]
        public void Should_MatchTheClassicExample_When_GivenThreeWorkers()
        {
            // Given
            double[,] cost = { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };

            // When
            var assignment = Hungarian.Minimize(cost);

            // Then: 1 + 2 + 2 = 5 is the least total.
            Assert.Equal([1, 0, 2], assignment);
        }

        [Fact]
        public void Should_LeaveExtraRowsUnassigned_When_ThereAreMoreRowsThanColumns()
        {
            // Given
            double[,] cost = { { 5 }, { 1 }, { 3 } };

            // When
            var assignment = Hungarian.Minimize(cost);

            // Then
            Assert.Equal([-1, 0, -1], assignment);
        }

        [Fact]
        public void Should_ReturnUnassignedRows_When_ThereAreNoColumns()
        {
            Assert.Equal([-1, -1], Hungarian.Minimize(new double[2, 0]));
            Assert.Empty(Hungarian.Minimize(new double[0, 3]));
        }

        [Fact]
        public void Should_EqualBruteForce_When_GivenRandomRectangularMatrices()
        {
            // Given
            var random = new Random(1234);
            for (var trial = 0; trial < 300; trial++)
            {
                var rows = random.Next(1, 7);
                var columns = random.Next(1, 7);
                var cost = new double[rows, columns];
                for (var i = 0; i < rows; i++)
                {
                    for (var j = 0; j < columns; j++)
                    {
                        // Few distinct values make ties common, which is where bookkeeping bugs hide.
                        cost[i, j] = random.Next(-3, 10);
                    }
                }

                // When
                var assignment = Hungarian.Minimize(cost);

                // Then
                Assert.Equal(Math.Min(rows, columns), assignment.Count(c => c >= 0));
                Assert.Equal(assignment.Where(c => c >= 0).Count(), assignment.Where(c => c >= 0).Distinct().Count());
                Assert.Equal(BruteForceMinimum(cost), Total(cost, assignment), 9);
            }
        }

        [Fact]
        public void Should_Throw_When_AnEntryIsNotFinite()
        {
            double[,] cost = { { 1, double.NaN } };

            var error = Assert.Throws<ArgumentException>(() => Hungarian.Minimize(cost));

            Assert.Equal("cost", error.ParamName);
            Assert.Contains("finite", error.Message, StringComparison.Ordinal);
        }

        private static double Total(double[,] cost, int[] assignment) =>
            assignment.Select((c, r) => c >= 0 ? cost[r, c] : 0.0).Sum();

        private static double BruteForceMinimum(double[,] cost)
        {
            var rows = cost.GetLength(0);
            var columns = cost.GetLength(1);
            var best = double.PositiveInfinity;
            var used = new bool[columns];

            // Enumerates every injective map from the smaller side into the larger one.
            void Visit(int row, int assigned, double total)
            {
                if (row == rows)
                {
                    if (assigned == Math.Min(rows, columns))
                    {
                        best = Math.Min(best, total);
                    }

                    return;
                }

                if (rows - row > columns - assigned)
                {
                    Visit(row + 1, assigned, total);
                }

                for (var j = 0; j < columns; j++)
                {
                    if (!used[j])
                    {
                        used[j] = true;
                        Visit(row + 1, assigned + 1, total + cost[row, j]);
                        used[j] = false;
                    }
                }
            }

            Visit(0, 0, 0.0);
            return best;
        }
    }

    public sealed class TheMaximizeMethod
    {
        [Fact]
        public void Should_LeaveZeroWeightPairsUnassigned_When_ARowHasNoOverlap()
        {
            // Given: row 1 overlaps nothing.
            double[,] weight = { { 0.9, 0.0 }, { 0.0, 0.0 } };

            // When
            var assignment = Hungarian.Maximize(weight);

            // Then
            Assert.Equal([0, -1], assignment);
        }

        [Fact]
        public void Should_PreferTwoGoodPairs_When_OneGreatPairBlocksThem()
        {
            // Given: (0,0)=0.9 alone totals 0.9, while (0,1)+(1,0) = 0.8 + 0.7 = 1.5.
            double[,] weight = { { 0.9, 0.8 }, { 0.7, 0.0 } };

            // When
            var assignment = Hungarian.Maximize(weight);

            // Then
            Assert.Equal([1, 0], assignment);
        }
    }
}
