// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Tables;

/// <summary>
/// What a column holds. The kind decides alignment, the display unit and the number of digits; raw values
/// (CSV, JSON) are always in the base unit named for each kind.
/// </summary>
public enum ColumnKind
{
    /// <summary>Free text such as a mode or a model name; left-aligned, no unit.</summary>
    Text,

    /// <summary>A whole number of things (frames, drops, runs); no decimals unless a median falls between two.</summary>
    Count,

    /// <summary>Any other number; three significant digits for the column's smallest value.</summary>
    Number,

    /// <summary>A fraction from 0 to 1 (mAP, AP50, offload ratio); always three decimals.</summary>
    Ratio,

    /// <summary>A percentage given in percent (41.2 means 41.2 %); one decimal, unit "%".</summary>
    Percent,

    /// <summary>A duration given in milliseconds; shown in µs, ms or s, whichever suits the column.</summary>
    Duration,

    /// <summary>A size given in bytes; shown in B, KiB, MiB or GiB, whichever suits the column.</summary>
    Bytes,

    /// <summary>A rate in frames per second; unit "fps".</summary>
    FramesPerSecond,
}
