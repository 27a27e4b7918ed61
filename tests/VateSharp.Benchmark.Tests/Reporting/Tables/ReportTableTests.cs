// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Tests.Reporting.Tables;

public sealed class ReportTableTests
{
    public sealed class TheConstructor
    {
        [Fact]
        public void Should_Throw_When_TwoColumnsShareAName()
        {
            var e = Assert.Throws<ArgumentException>(
                () => new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Count("Mode")]));

            Assert.Equal("columns", e.ParamName);
            Assert.Contains("two columns named 'Mode'", e.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheAddRowMethod
    {
        [Fact]
        public void Should_Throw_When_TheRowHasTheWrongLength()
        {
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Ratio("mAP")]);

            var e = Assert.Throws<ArgumentException>(() => table.AddRow("sync"));

            Assert.Equal("values", e.ParamName);
            Assert.StartsWith("Table 't' has 2 columns, but the row has 1 values.", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Throw_When_TextGoesIntoANumericColumn()
        {
            var table = new ReportTable("t", [ReportColumn.Ratio("mAP")]);

            var e = Assert.Throws<ArgumentException>(() => table.AddRow("high"));

            Assert.Contains("Column 'mAP' of table 't' is Ratio, but row 1 gives it a Text value", e.Message,
                StringComparison.Ordinal);
        }

        [Fact]
        public void Should_StoreMissing_When_GivenNullOrNaN()
        {
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Ratio("mAP")]);

            table.AddRow((string?)null, double.NaN);

            Assert.All(table.Rows[0], v => Assert.True(v.IsMissing));
        }
    }
}
