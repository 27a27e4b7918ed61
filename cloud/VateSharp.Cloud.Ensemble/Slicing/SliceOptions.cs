// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Cloud.Ensemble.Slicing;

/// <summary>How an image is cut into overlapping tiles for sliced inference.</summary>
public sealed record SliceOptions
{
    /// <summary>Gets the defaults: 2x2 tiles, 20 % overlap, plus the full frame, merged by NMS at IoU 0.5.</summary>
    public static SliceOptions Default { get; } = new();

    /// <summary>Gets the number of tile columns. Default 2.</summary>
    public int Columns { get; init; } = 2;

    /// <summary>Gets the number of tile rows. Default 2.</summary>
    public int Rows { get; init; } = 2;

    /// <summary>Gets the fraction of a tile shared with its neighbour, in [0, 0.9]. Default 0.2.</summary>
    public float Overlap { get; init; } = 0.2f;

    /// <summary>Gets a value indicating whether the whole frame is also run, for objects larger than a tile. Default true.</summary>
    public bool IncludeFullFrame { get; init; } = true;

    /// <summary>Gets the IoU at which the lower-scored of two same-class boxes from different tiles is dropped. Default 0.5.</summary>
    public float MergeThreshold { get; init; } = 0.5f;

    /// <summary>Parses a grid such as <c>2x2</c> or <c>3x2</c> (columns x rows).</summary>
    public static bool TryParseGrid(string text, out int columns, out int rows)
    {
        columns = rows = 0;
        var parts = (text ?? string.Empty).ToLowerInvariant().Split('x');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out columns)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out rows)
            && columns is >= 1 and <= 8 && rows is >= 1 and <= 8;
    }

    /// <summary>Returns the configuration problems, each a sentence.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Columns is < 1 or > 8 || Rows is < 1 or > 8)
        {
            problems.Add($"The tile grid must be 1x1 to 8x8; got {Columns}x{Rows}.");
        }

        if (!(Overlap is >= 0f and <= 0.9f))
        {
            problems.Add($"The overlap must be in [0, 0.9]; got {Overlap}.");
        }

        if (!(MergeThreshold is > 0f and <= 1f))
        {
            problems.Add($"The merge threshold must be in (0, 1]; got {MergeThreshold}.");
        }

        return problems;
    }
}
