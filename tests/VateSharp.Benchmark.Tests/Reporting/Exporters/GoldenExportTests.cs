// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Reporting.Exporters;

namespace VateSharp.Benchmark.Tests.Reporting.Exporters;

/// <summary>
/// Every exporter's output for the sample report equals its golden file byte for byte, under the invariant
/// culture and under cultures that write decimals with a comma.
/// </summary>
public sealed class GoldenExportTests
{
    public static TheoryData<string> Cultures => ["", "de-DE", "fr-FR"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Should_MatchGoldenMarkdown_When_CultureIs(string culture)
    {
        // Given
        using var scope = new CultureScope(culture);

        // When
        var markdown = MarkdownExporter.GitHub.Export(SampleReport.Report());

        // Then
        GoldenFile.AssertMatches(GoldenFile.Reporting, "report.md", markdown);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Should_MatchGoldenCsv_When_CultureIs(string culture)
    {
        using var scope = new CultureScope(culture);

        var csv = CsvExporter.Rfc4180.Export(SampleReport.Table());

        GoldenFile.AssertMatches(GoldenFile.Reporting, "results.csv", csv);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Should_MatchGoldenJson_When_CultureIs(string culture)
    {
        using var scope = new CultureScope(culture);

        var json = JsonExporter.Indented.Export(SampleReport.Report());

        GoldenFile.AssertMatches(GoldenFile.Reporting, "results.json", json);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Should_MatchGoldenHtml_When_CultureIs(string culture)
    {
        using var scope = new CultureScope(culture);

        var html = HtmlExporter.Default.Export(SampleReport.Report());

        GoldenFile.AssertMatches(GoldenFile.Reporting, "report.html", html);
    }

    [Fact]
    public void Should_WriteCommaDecimals_When_CultureIsGerman()
    {
        // Guards the culture tests themselves: if this failed, de-DE would not really be a comma culture here.
        using var scope = new CultureScope("de-DE");

        Assert.Equal("0,5", 0.5.ToString(CultureInfo.CurrentCulture));
    }
}
