// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>Offload ratio per policy as bars; see <see cref="ReportPlots.OffloadRatioByPolicy"/>.</summary>
public sealed record OffloadRatioPlot(IReadOnlyList<CategoryValue> Policies) : IPlotSpec
{
    /// <summary>File name in the report folder; "offload-ratio-by-policy.png" by default.</summary>
    public string FileName { get; init; } = "offload-ratio-by-policy.png";

    /// <summary>Title and caption; "Offload ratio per policy" by default.</summary>
    public string Title { get; init; } = "Offload ratio per policy";

    /// <summary>Pixel size; <see cref="PlotSize.Default"/> when null (the default).</summary>
    public PlotSize? Size { get; init; }

    /// <inheritdoc/>
    public string Render(string path) => ReportPlots.OffloadRatioByPolicy(Policies, path, Size, Title);
}
