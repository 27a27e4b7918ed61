// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Results;
using VateSharp.Benchmark.Tests.Reporting;
using VateSharp.Reporting;
using VateSharp.Reporting.Exporters;

namespace VateSharp.Benchmark.Tests.Sweep;

/// <summary>
/// The benchmark's report tables for a fixed sweep equal their golden files byte for byte, under the invariant
/// culture and under German (comma decimals), so that a change to what the report says is always a visible diff.
/// </summary>
public sealed class SweepReportGoldenTests
{
    public static TheoryData<string> Cultures => ["", "de-DE"];

    private static Report Report()
    {
        var report = SweepReportBuilder.Build(SampleSweep.Results());
        return new Report(report.Title, report.Environment, report.Tables);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Should_MatchTheGoldenMarkdown_When_CultureIs(string culture)
    {
        // Given
        using var scope = new CultureScope(culture);

        // When
        var markdown = MarkdownExporter.GitHub.Export(Report());

        // Then
        GoldenFile.AssertMatches(GoldenFile.Sweep, "report.md", markdown);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Should_MatchTheGoldenCsvOfEveryTable_When_CultureIs(string culture)
    {
        using var scope = new CultureScope(culture);

        var tables = Report().Tables;

        GoldenFile.AssertMatches(GoldenFile.Sweep, "results.csv", CsvExporter.Rfc4180.Export(tables[0]));
        GoldenFile.AssertMatches(GoldenFile.Sweep, "results-goals.csv", CsvExporter.Rfc4180.Export(tables[1]));
        GoldenFile.AssertMatches(GoldenFile.Sweep, "results-against-the-baselines.csv", CsvExporter.Rfc4180.Export(tables[2]));
        GoldenFile.AssertMatches(GoldenFile.Sweep, "results-frame-loops.csv", CsvExporter.Rfc4180.Export(tables[3]));
    }

    [Fact]
    public void Should_MeasureTheGoalsFromTheRightRuns_When_BuiltFromTheSample()
    {
        // When
        var goals = SweepReportBuilder.Build(SampleSweep.Results()).Goals;

        // Then: the sync point (18 % cloud frames, mAP 0.300) is chosen; its device-only reference has 90 fps and
        // the program decoding alone 150 fps
        Assert.Equal(5, goals.Count);
        Assert.Equal(90.0 / 150, goals[0].Measured!.Value, 6);
        Assert.Equal(0.300 / 0.320, goals[1].Measured!.Value, 6);
        Assert.Equal(0.300 / 0.150, goals[2].Measured!.Value, 6);
        Assert.Equal(60.25 / 24.5, goals[3].Measured!.Value, 6);
        Assert.Equal((false, true, true, true), (goals[0].Met, goals[1].Met, goals[2].Met, goals[3].Met));
        Assert.Null(goals[4].Measured);
        Assert.Contains("cannot import cv2", goals[4].Basis, StringComparison.Ordinal);
    }
}
