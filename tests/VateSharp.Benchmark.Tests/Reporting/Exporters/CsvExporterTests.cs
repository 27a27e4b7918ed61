// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Exporters;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Tests.Reporting.Exporters;

public sealed class CsvExporterTests
{
    public sealed class TheEscapeMethod
    {
        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("", "")]
        [InlineData("a,b", "\"a,b\"")]
        [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
        [InlineData("two\nlines", "\"two\nlines\"")]
        [InlineData("cr\rhere", "\"cr\rhere\"")]
        [InlineData(" padded ", " padded ")]
        public void Should_QuoteOnlyWhenRfc4180Requires_When_GivenAField(string field, string expected)
        {
            Assert.Equal(expected, CsvExporter.Escape(field));
        }
    }

    public sealed class TheExportMethod
    {
        [Fact]
        public void Should_WriteRawBaseUnitValuesAndEmptyFields_When_TableHasUnitsAndGaps()
        {
            // Given
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Duration("p50"),
                ReportColumn.Bytes("Sent")]);
            table.AddRow("a,b", 1500.25, ReportValue.Missing);

            // When
            var csv = CsvExporter.Rfc4180.Export(table);

            // Then
            Assert.Equal("Mode,p50 [ms],Sent [B]\r\n\"a,b\",1500.25,\r\n", csv);
        }

        [Fact]
        public void Should_SplitASummaryColumnIntoMedianMinMax_When_AnyCellIsASummary()
        {
            var table = new ReportTable("t", [ReportColumn.Ratio("mAP")]);
            table.AddRow(ReportValue.OfSummary(0.4, 0.3, 0.5, 3)).AddRow(0.25).AddRow(ReportValue.Missing);

            var csv = CsvExporter.Unix.Export(table);

            Assert.Equal("mAP median,mAP min,mAP max\n0.4,0.3,0.5\n0.25,0.25,0.25\n,,\n", csv);
        }
    }
}
