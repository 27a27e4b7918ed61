// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Benchmark.Tracking;

/// <summary>One ground-truth box of a VisDrone-VID annotation file.</summary>
/// <param name="TargetId">The track id, the same object on every frame.</param>
/// <param name="Box">The box in pixels.</param>
/// <param name="CategoryId">The COCO category id (the file's category column).</param>
public readonly record struct TruthBox(int TargetId, BoundingBox Box, int CategoryId);
