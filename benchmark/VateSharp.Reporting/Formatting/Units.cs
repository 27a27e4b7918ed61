// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Reporting.Tables;

namespace VateSharp.Reporting.Formatting;

/// <summary>Base units of each column kind and the display unit chosen for a set of values.</summary>
public static class Units
{
    private static readonly double KiB = 1024;

    /// <summary>
    /// The unit raw values are given in: "ms" for durations, "B" for sizes, "%" for percentages, "fps" for rates,
    /// null for text, counts, ratios and plain numbers.
    /// </summary>
    public static string? BaseUnit(ColumnKind kind) => kind switch
    {
        ColumnKind.Duration => "ms",
        ColumnKind.Bytes => "B",
        ColumnKind.Percent => "%",
        ColumnKind.FramesPerSecond => "fps",
        _ => null,
    };

    /// <summary>
    /// Chooses the display unit from the smallest non-zero magnitude, so that no value in the column shows as a
    /// long fraction: durations in µs below 1 ms, s from 1000 ms; sizes in KiB from 1 KiB, MiB from 1 MiB and GiB
    /// from 1 GiB. Returns the unit and how many base units make one of it.
    /// </summary>
    public static (string? Unit, double Scale) Choose(ColumnKind kind, IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);

        var smallest = values.Select(Math.Abs).Where(v => v > 0).DefaultIfEmpty(0).Min();
        return kind switch
        {
            ColumnKind.Duration when smallest is > 0 and < 1 => ("µs", 0.001),
            ColumnKind.Duration when smallest >= 1000 => ("s", 1000),
            ColumnKind.Bytes when smallest >= KiB * KiB * KiB => ("GiB", KiB * KiB * KiB),
            ColumnKind.Bytes when smallest >= KiB * KiB => ("MiB", KiB * KiB),
            ColumnKind.Bytes when smallest >= KiB => ("KiB", KiB),
            _ => (BaseUnit(kind), 1),
        };
    }
}
