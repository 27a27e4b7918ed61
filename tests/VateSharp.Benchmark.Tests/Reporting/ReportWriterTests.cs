// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting;
using VateSharp.Reporting.Plots;
using VateSharp.Reporting.Tables;

namespace VateSharp.Benchmark.Tests.Reporting;

public sealed class ReportWriterTests
{
    private static IReadOnlyList<IPlotSpec> AllPlots() =>
    [
        new MapVersusRatePlot([new("sync", [new(1, 0.41), new(5, 0.37)]), new("async", [new(1, 0.40), new(5, 0.35)])]),
        new MapVersusBytesPlot([new("confidence", [new(12000, 0.35), new(24000, 0.39)])]),
        new FpsHistogramPlot([24.5, 25.1, 29.9, 30.0]),
        new LatencyPercentilesPlot([new("edge device", 8.2, 12.5, 20.1), new("cloud", 80, 120, 160)]),
        new OffloadRatioPlot([new("never", 0), new("confidence", 0.31)]),
    ];

    public sealed class TheWriteMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_WriteEveryFileIntoTheFolder_When_GivenTablesAndPlots()
        {
            // Given
            var target = Path.Combine(_folder.Path, "report");
            var perRun = new ReportTable("Per run", [ReportColumn.Text("Mode"), ReportColumn.Ratio("mAP")]);
            perRun.AddRow("sync", 0.41);

            // When
            var written = new ReportWriter().Write(target, "Sweep", SampleReport.Environment,
                [SampleReport.Table(), perRun], AllPlots());

            // Then
            string[] expected =
            [
                "map-vs-detection-rate.png", "map-vs-bytes-per-frame.png", "fps-histogram.png",
                "latency-percentiles.png", "offload-ratio-by-policy.png", "report.md", "results.csv",
                "results-per-run.csv", "results.json", "report.html",
            ];
            Assert.Equal(Path.GetFullPath(target), written.Directory);
            Assert.Equal(expected, written.Files);
            Assert.Equal(expected.Order(), Directory.GetFiles(target).Select(Path.GetFileName).Order());
            Assert.Equal([Path.GetFileName(target)], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName));
            PngAssert.IsPng(Path.Combine(target, "fps-histogram.png"), 800, 500);

            var html = File.ReadAllText(Path.Combine(target, "report.html"));
            Assert.Equal(5, html.Split("src=\"data:image/png;base64,").Length - 1);
            Assert.Contains("![FPS distribution](fps-histogram.png)", File.ReadAllText(Path.Combine(target, "report.md")),
                StringComparison.Ordinal);

            KeepAsSample(target);
        }

        [Fact]
        public void Should_LeaveNothingBehind_When_APlotFails()
        {
            // Given: a plot whose file name is fine but whose data makes rendering fail.
            var target = Path.Combine(_folder.Path, "report");
            IPlotSpec[] plots = [new FpsHistogramPlot([30]), new FailingPlot()];

            // When
            var e = Assert.Throws<ReportException>(() => new ReportWriter().Write(target, "Sweep",
                SampleReport.Environment, [SampleReport.Table()], plots));

            // Then
            Assert.StartsWith("Rendering the plot 'broken' failed: disk on fire", e.Message, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
        }

        [Fact]
        public void Should_RefuseAndKeepTheOldReport_When_TheFolderExistsAndOverwriteIsOff()
        {
            var target = Path.Combine(_folder.Path, "report");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "old.txt"), "old");

            var e = Assert.Throws<ReportException>(() => new ReportWriter().Write(target, "Sweep",
                SampleReport.Environment, [SampleReport.Table()]));

            Assert.Contains("already exists; choose a new folder or allow overwriting", e.Message, StringComparison.Ordinal);
            Assert.Equal(["old.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        }

        [Fact]
        public void Should_ReplaceTheFolder_When_OverwriteIsOn()
        {
            var target = Path.Combine(_folder.Path, "report");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "old.txt"), "old");

            new ReportWriter(new ReportWriterOptions { Overwrite = true }).Write(target, "Sweep",
                SampleReport.Environment, [SampleReport.Table()]);

            Assert.False(File.Exists(Path.Combine(target, "old.txt")));
            Assert.True(File.Exists(Path.Combine(target, "report.html")));
            Assert.Single(Directory.GetFileSystemEntries(_folder.Path));
        }

        [Theory]
        [InlineData("../escape.png")]
        [InlineData("plot.svg")]
        [InlineData("report.html")]
        public void Should_Throw_When_APlotFileNameIsNotAPlainNewPngName(string fileName)
        {
            var plot = new FpsHistogramPlot([30]) { FileName = fileName };

            var e = Assert.Throws<ArgumentException>(() => new ReportWriter().Write(
                Path.Combine(_folder.Path, "r"), "Sweep", SampleReport.Environment, [SampleReport.Table()], [plot]));

            Assert.Equal("plots", e.ParamName);
            Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
        }

        // With VATE_REPORT_SAMPLE_DIR set, the full report is copied there for a person (or
        // scripts/check-report-html.sh) to look at.
        private static void KeepAsSample(string report)
        {
            var sample = System.Environment.GetEnvironmentVariable("VATE_REPORT_SAMPLE_DIR");
            if (string.IsNullOrEmpty(sample))
            {
                return;
            }

            Directory.CreateDirectory(sample);
            foreach (var file in Directory.GetFiles(report))
            {
                File.Copy(file, Path.Combine(sample, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    private sealed class FailingPlot : IPlotSpec
    {
        public string FileName => "broken.png";

        public string Title => "broken";

        public string Render(string path) => throw new InvalidOperationException("disk on fire");
    }
}
