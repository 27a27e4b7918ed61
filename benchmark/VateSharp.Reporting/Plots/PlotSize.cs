// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>Pixel size of a rendered plot; every PNG has exactly this size.</summary>
public readonly record struct PlotSize(int Width, int Height)
{
    /// <summary>800 × 500 pixels: readable on a laptop screen and in a GitHub page.</summary>
    public static PlotSize Default { get; } = new(800, 500);
}
