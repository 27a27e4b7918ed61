// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Plots;

/// <summary>One bar: a category label and its value (e.g. offload policy "confidence" and ratio 0.31).</summary>
public readonly record struct CategoryValue(string Category, double Value);
