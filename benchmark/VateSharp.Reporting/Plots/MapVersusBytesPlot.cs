// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>mAP against bytes sent per frame as a scatter; see <see cref="ReportPlots.MapVersusBytesPerFrame"/>.</summary>
public sealed record MapVersusBytesPlot(IReadOnlyList<PlotSeries> Series) : IPlotSpec
{
    /// <summary>File name in the report folder; "map-vs-bytes-per-frame.png" by default.</summary>
    public string FileName { get; init; } = "map-vs-bytes-per-frame.png";

    /// <summary>Title and caption; "mAP vs bytes sent per frame" by default.</summary>
    public string Title { get; init; } = "mAP vs bytes sent per frame";

    /// <summary>Pixel size; <see cref="PlotSize.Default"/> when null (the default).</summary>
    public PlotSize? Size { get; init; }

    /// <inheritdoc/>
    public string Render(string path) => ReportPlots.MapVersusBytesPerFrame(Series, path, Size, Title);
}
