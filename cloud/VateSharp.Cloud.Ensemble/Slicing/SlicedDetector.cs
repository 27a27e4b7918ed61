// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Cloud.Ensemble.Fusion;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Inference;

namespace VateSharp.Cloud.Ensemble.Slicing;

/// <summary>
/// Sliced inference in the manner of SAHI (Akyon et al., 2022, "Slicing aided hyper inference"): runs a detector
/// on overlapping tiles and, optionally, the full frame, maps tile boxes back to frame pixels and merges them.
/// Small objects get more of the network's input pixels; the full frame keeps large objects whole. A tile box
/// that touches a tile edge inside the image is dropped when the object can be seen whole elsewhere (the full
/// frame is on, or tiles overlap), because a cut object's box is wrong; the rest are merged by class-wise NMS.
/// Cost: one inference per tile (+1 for the full frame).
/// </summary>
public sealed class SlicedDetector : IObjectDetector
{
    private readonly IObjectDetector _inner;
    private readonly SliceOptions _options;

    /// <summary>Initializes a new instance of the <see cref="SlicedDetector"/> class; it owns (disposes) the inner detector.</summary>
    public SlicedDetector(IObjectDetector inner, SliceOptions options)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _inner = inner;
        _options = options;
        Info = inner.Info with
        {
            Name = $"{inner.Info.Name}@{options.Columns}x{options.Rows}{(options.IncludeFullFrame ? "+full" : string.Empty)}",
        };
    }

    /// <inheritdoc/>
    public DetectorInfo Info { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Detection> Detect(Mat image, PostprocessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var all = new List<Detection>();
        if (_options.IncludeFullFrame)
        {
            all.AddRange(_inner.Detect(image, options));
        }

        var dropCut = _options.IncludeFullFrame || _options.Overlap > 0f;
        if (_options.Columns * _options.Rows > 1 || !_options.IncludeFullFrame)
        {
            foreach (var tile in SliceGrid.Tiles(image.Width, image.Height, _options))
            {
                // A clone makes the tile continuous; detectors may assume a continuous buffer.
                using var view = new Mat(image, new Rect(tile.X, tile.Y, tile.Width, tile.Height));
                using var crop = view.Clone();
                foreach (var detection in _inner.Detect(crop, options))
                {
                    if (!dropCut || !IsCut(detection.Box, tile, image.Width, image.Height))
                    {
                        all.Add(detection with { Box = detection.Box.Translate(tile.X, tile.Y) });
                    }
                }
            }
        }

        var max = (options ?? PostprocessOptions.Default).MaxDetections;
        return ClassNms.Suppress(all, _options.MergeThreshold).Take(max).ToArray();
    }

    /// <summary>Whether a box (tile pixels) reaches, within 2 px, a tile edge that is not the image's edge.</summary>
    private static bool IsCut(BoundingBox box, Tile tile, int width, int height)
    {
        const float Margin = 2f;
        return (tile.X > 0 && box.X1 <= Margin)
            || (tile.Y > 0 && box.Y1 <= Margin)
            || (tile.X + tile.Width < width && box.X2 >= tile.Width - Margin)
            || (tile.Y + tile.Height < height && box.Y2 >= tile.Height - Margin);
    }

    /// <inheritdoc/>
    public void Dispose() => _inner.Dispose();
}
