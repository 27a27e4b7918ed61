// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Formatting;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Tests.Reporting.Formatting;

public sealed class TableLayoutTests
{
    public sealed class TheCreateMethod
    {
        [Fact]
        public void Should_HoistConstantColumns_When_EveryRowAgrees()
        {
            // Given
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Count("JPEG quality"),
                ReportColumn.Duration("p50")]);
            table.AddRow("sync", 80, 12.5).AddRow("async", 80, 9.25);

            // When
            var layout = TableLayout.Create(table, hoistConstantColumns: true);

            // Then
            Assert.Equal([0, 2], layout.VisibleColumns);
            Assert.Equal([1], layout.ConstantColumns);
            Assert.Equal(["JPEG quality = 80"], layout.ConstantItems());
        }

        [Fact]
        public void Should_ShowTheUnit_When_AHoistedColumnHasOne()
        {
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Duration("Budget")]);
            table.AddRow("sync", 1500).AddRow("async", 1500);

            var layout = TableLayout.Create(table, hoistConstantColumns: true);

            Assert.Equal(["Budget = 1.50 s"], layout.ConstantItems());
        }

        [Fact]
        public void Should_HoistNothing_When_TableHasOneRow()
        {
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Count("Runs")]);
            table.AddRow("sync", 3);

            var layout = TableLayout.Create(table, hoistConstantColumns: true);

            Assert.Empty(layout.ConstantColumns);
        }

        [Fact]
        public void Should_HoistNothing_When_EveryColumnIsConstant()
        {
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Count("Runs")]);
            table.AddRow("sync", 3).AddRow("sync", 3);

            var layout = TableLayout.Create(table, hoistConstantColumns: true);

            Assert.Empty(layout.ConstantColumns);
        }

        [Fact]
        public void Should_KeepAColumn_When_ItForbidsHoisting()
        {
            var metric = ReportColumn.Ratio("mAP") with { AllowHoist = false };
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), metric]);
            table.AddRow("sync", 0.4).AddRow("async", 0.4);

            var layout = TableLayout.Create(table, hoistConstantColumns: true);

            Assert.Empty(layout.ConstantColumns);
        }

        [Fact]
        public void Should_HoistAllMissingColumn_When_NoRowHasAValue()
        {
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Duration("Cloud p50")]);
            table.AddRow("sync", ReportValue.Missing).AddRow("async", ReportValue.Missing);

            var layout = TableLayout.Create(table, hoistConstantColumns: true);

            Assert.Equal(["Cloud p50 = NA"], layout.ConstantItems());
        }

        [Fact]
        public void Should_KeepEveryColumn_When_HoistingIsOff()
        {
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Count("Q")]);
            table.AddRow("sync", 80).AddRow("async", 80);

            var layout = TableLayout.Create(table, hoistConstantColumns: false);

            Assert.Equal([0, 1], layout.VisibleColumns);
        }
    }
}
