// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting.Tables;

/// <summary>What a <see cref="ReportValue"/> carries.</summary>
public enum ReportValueKind
{
    /// <summary>No value; rendered as <c>NA</c> (an empty field in CSV, <c>null</c> in JSON).</summary>
    Missing,

    /// <summary>A piece of text.</summary>
    Text,

    /// <summary>One number in the column's base unit.</summary>
    Number,

    /// <summary>The median, minimum and maximum of repeated runs, in the column's base unit.</summary>
    Summary,
}
