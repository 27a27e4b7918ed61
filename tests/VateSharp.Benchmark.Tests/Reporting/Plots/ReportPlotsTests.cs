// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Plots;

namespace VateSharp.Benchmark.Tests.Reporting.Plots;

/// <summary>Each plot renders to a decodable PNG of exactly the requested size, under a comma culture too.</summary>
public sealed class ReportPlotsTests : IDisposable
{
    private static readonly PlotSize Size = new(640, 400);
    private readonly TempFolder _folder = new();

    public static TheoryData<string> Plots =>
        ["map-vs-rate", "map-vs-bytes", "fps-histogram", "latency", "offload", "empty-series"];

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(Plots))]
    public void Should_WriteAPngOfTheRequestedSize_When_Rendering(string plot)
    {
        // Given
        using var culture = new CultureScope("de-DE");
        var path = Path.Combine(_folder.Path, "nested", plot + ".png");

        // When
        var written = Render(plot, path);

        // Then
        Assert.Equal(Path.GetFullPath(path), written);
        PngAssert.IsPng(written, Size.Width, Size.Height);
    }

    [Fact]
    public void Should_UseTheDefaultSize_When_NoSizeIsGiven()
    {
        var path = ReportPlots.OffloadRatioByPolicy([new("always", 1)], Path.Combine(_folder.Path, "o.png"));

        PngAssert.IsPng(path, PlotSize.Default.Width, PlotSize.Default.Height);
    }

    [Fact]
    public void Should_Throw_When_ThePathIsNotPng()
    {
        var e = Assert.Throws<ArgumentException>(
            () => ReportPlots.FpsHistogram([30], Path.Combine(_folder.Path, "fps.jpg")));

        Assert.Equal("path", e.ParamName);
        Assert.Contains("must end in .png", e.Message, StringComparison.Ordinal);
    }

    private static string Render(string plot, string path) => plot switch
    {
        "map-vs-rate" => ReportPlots.MapVersusDetectionRate(
            [new("sync", [new(1, 0.41), new(5, 0.37), new(2, 0.40)]), new("async", [new(1, 0.40), new(5, 0.33)])],
            path, Size),
        "map-vs-bytes" => ReportPlots.MapVersusBytesPerFrame(
            [new("never", [new(0, 0.21)]), new("confidence", [new(12000, 0.35), new(24000, 0.39)])], path, Size),
        "fps-histogram" => ReportPlots.FpsHistogram([24.5, 25.1, 25.3, 29.9, 30.0, 30.0, 28.7], path, Size),
        "latency" => ReportPlots.LatencyPercentiles(
            [new("edge device", 8.2, 12.5, 20.1), new("edge server", 25, 41, 66.6), new("cloud", 80, 120, double.NaN)],
            path, Size),
        "offload" => ReportPlots.OffloadRatioByPolicy([new("never", 0), new("confidence", 0.31), new("always", 1)],
            path, Size),
        _ => ReportPlots.MapVersusDetectionRate([new("sync", [])], path, Size),
    };
}
