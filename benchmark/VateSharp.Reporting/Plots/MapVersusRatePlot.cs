// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>mAP against detection rate, one line per mode; see <see cref="ReportPlots.MapVersusDetectionRate"/>.</summary>
public sealed record MapVersusRatePlot(IReadOnlyList<PlotSeries> Modes) : IPlotSpec
{
    /// <summary>File name in the report folder; "map-vs-detection-rate.png" by default.</summary>
    public string FileName { get; init; } = "map-vs-detection-rate.png";

    /// <summary>Title and caption; "mAP vs detection rate" by default.</summary>
    public string Title { get; init; } = "mAP vs detection rate";

    /// <summary>Pixel size; <see cref="PlotSize.Default"/> when null (the default).</summary>
    public PlotSize? Size { get; init; }

    /// <inheritdoc/>
    public string Render(string path) => ReportPlots.MapVersusDetectionRate(Modes, path, Size, Title);
}
