// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Exporters;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Tests.Reporting.Exporters;

public sealed class MarkdownExporterTests
{
    public sealed class TheExportTableMethod
    {
        [Fact]
        public void Should_AlignTextLeftAndNumbersRight_When_Padding()
        {
            // Given
            var table = new ReportTable("t", [ReportColumn.Text("Mode"), ReportColumn.Duration("p50")]);
            table.AddRow("sync", 12.5).AddRow("asynchronous", 100);

            // When
            var markdown = MarkdownExporter.GitHub.ExportTable(table);

            // Then
            Assert.Equal(
                "| Mode         | p50 [ms] |\n" +
                "|:-------------|---------:|\n" +
                "| sync         |     12.5 |\n" +
                "| asynchronous |    100.0 |\n",
                markdown);
        }

        [Fact]
        public void Should_EscapePipesAndFlattenLineBreaks_When_TextHasThem()
        {
            var table = new ReportTable("t", [ReportColumn.Text("Note")]);
            table.AddRow("a|b\nc");

            var markdown = MarkdownExporter.Compact.ExportTable(table);

            Assert.Equal("| Note |\n|:----|\n| a\\|b c |\n", markdown);
        }
    }
}
