// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>One measured point, in the units the plot names on its axes.</summary>
public readonly record struct PlotPoint(double X, double Y);
