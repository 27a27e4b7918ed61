// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Cloud.Ensemble.Slicing;

/// <summary>Lays out overlapping tiles over an image.</summary>
public static class SliceGrid
{
    /// <summary>
    /// Returns columns x rows tiles that cover the image, neighbours sharing <see cref="SliceOptions.Overlap"/> of
    /// a tile. A tile is <c>size / (n - (n - 1) * overlap)</c> pixels, so n tiles with that overlap span the image.
    /// </summary>
    public static IReadOnlyList<Tile> Tiles(int width, int height, SliceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var xs = Spans(width, options.Columns, options.Overlap);
        var ys = Spans(height, options.Rows, options.Overlap);
        return ys.SelectMany(y => xs.Select(x => new Tile(x.Start, y.Start, x.Length, y.Length))).ToArray();
    }

    private static (int Start, int Length)[] Spans(int size, int count, float overlap)
    {
        var length = Math.Min(size, (int)Math.Ceiling(size / (count - ((count - 1) * overlap))));
        var step = length * (1f - overlap);
        return Enumerable.Range(0, count)
            .Select(i => (Math.Min((int)Math.Round(i * step), size - length), length))
            .ToArray();
    }
}
