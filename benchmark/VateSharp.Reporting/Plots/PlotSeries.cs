// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>A named set of points, drawn in one colour with one legend entry (e.g. all runs of mode "async").</summary>
public sealed record PlotSeries(string Name, IReadOnlyList<PlotPoint> Points);
