// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>A plot a <see cref="ReportWriter"/> renders into the report folder: its data, file name and caption.</summary>
public interface IPlotSpec
{
    /// <summary>File name inside the report folder; a plain name ending in .png.</summary>
    string FileName { get; }

    /// <summary>Plot title and caption.</summary>
    string Title { get; }

    /// <summary>Renders the plot to <paramref name="path"/> and returns the full path.</summary>
    string Render(string path);
}
