// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Exporters;

/// <summary>Sentences the human-readable exporters share, so Markdown and HTML say the same thing.</summary>
internal static class ReportText
{
    public const string EnvironmentHeading = "Environment";

    public const string PlotsHeading = "Plots";

    public const string ConstantPrefix = "Constant for every row: ";

    public const string ConstantSeparator = "; ";

    public const string RangeNote = "Cells with a range show the median (min\u2013max) over repeated runs.";

    public const string LegendHeading = "Legend:";
}
