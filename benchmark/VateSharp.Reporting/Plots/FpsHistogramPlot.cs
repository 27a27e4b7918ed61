// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>A histogram of frames-per-second values; see <see cref="ReportPlots.FpsHistogram"/>.</summary>
public sealed record FpsHistogramPlot(IReadOnlyList<double> Fps) : IPlotSpec
{
    /// <summary>File name in the report folder; "fps-histogram.png" by default.</summary>
    public string FileName { get; init; } = "fps-histogram.png";

    /// <summary>Title and caption; "FPS distribution" by default.</summary>
    public string Title { get; init; } = "FPS distribution";

    /// <summary>Pixel size; <see cref="PlotSize.Default"/> when null (the default).</summary>
    public PlotSize? Size { get; init; }

    /// <inheritdoc/>
    public string Render(string path) => ReportPlots.FpsHistogram(Fps, path, Size, Title);
}
