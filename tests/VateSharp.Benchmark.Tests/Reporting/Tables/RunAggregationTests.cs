// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Tests.Reporting.Tables;

public sealed class RunAggregationTests
{
    public sealed class TheSummarizeMethod
    {
        [Theory]
        [InlineData(new[] { 0.420, 0.401, 0.412 }, 0.412, 0.401, 0.420, 3)]
        [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5, 1.0, 4.0, 4)]
        [InlineData(new[] { 7.0 }, 7.0, 7.0, 7.0, 1)]
        [InlineData(new[] { 1.0, double.NaN, 3.0 }, 2.0, 1.0, 3.0, 2)]
        public void Should_GiveMedianMinMax_When_GivenRuns(double[] runs, double median, double min, double max, int count)
        {
            // When
            var summary = RunAggregation.Summarize(runs);

            // Then
            Assert.Equal(ReportValue.OfSummary(median, min, max, count), summary);
        }

        [Fact]
        public void Should_GiveMissing_When_NoRunMeasuredTheValue()
        {
            Assert.True(RunAggregation.Summarize(Array.Empty<double>()).IsMissing);
            Assert.True(RunAggregation.Summarize(new double?[] { null, null }).IsMissing);
        }
    }

    public sealed class TheSummarizeRunsMethod
    {
        [Fact]
        public void Should_SummariseMetricsPerConfiguration_When_RunsRepeat()
        {
            // Given
            var runs = new ReportTable("runs", [ReportColumn.Text("Mode"), ReportColumn.Number("Rate"),
                ReportColumn.Ratio("mAP"), ReportColumn.Text("Host")]);
            runs.AddRow("sync", 1, 0.40, "a").AddRow("async", 1, 0.30, "a").AddRow("sync", 1, 0.42, "a")
                .AddRow("sync", 1, 0.41, "b").AddRow("async", 1, ReportValue.Missing, "a");

            // When
            var table = RunAggregation.SummarizeRuns(runs, ["Mode", "Rate"], title: "summary");

            // Then
            Assert.Equal("summary", table.Title);
            Assert.Equal(["Mode", "Rate", "Runs", "mAP", "Host"], table.Columns.Select(c => c.Name));
            Assert.Equal(2, table.Rows.Count);
            ReportValue[] sync = ["sync", 1, 3, ReportValue.OfSummary(0.41, 0.40, 0.42, 3), ReportValue.Missing];
            ReportValue[] async = ["async", 1, 2, ReportValue.OfSummary(0.30, 0.30, 0.30, 1), "a"];
            Assert.Equal(sync, table.Rows[0]);
            Assert.Equal(async, table.Rows[1]);
        }

        [Fact]
        public void Should_Throw_When_AGroupColumnDoesNotExist()
        {
            var runs = new ReportTable("runs", [ReportColumn.Text("Mode")]);

            var e = Assert.Throws<ArgumentException>(() => RunAggregation.SummarizeRuns(runs, ["Policy"]));

            Assert.Equal("columnName", e.ParamName);
            Assert.StartsWith("Table 'runs' has no column 'Policy'; it has Mode.", e.Message, StringComparison.Ordinal);
        }
    }
}
