// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.VisDrone;

/// <summary>
/// One line of a VisDrone annotation file: <c>frame,target_id,left,top,width,height,score,category,truncation,
/// occlusion</c> for VID (DET files have no frame or target id; both are 0 here).
/// </summary>
/// <param name="Frame">The 1-based frame number (0 for DET).</param>
/// <param name="TargetId">The track id (0 for DET and for ignored regions).</param>
/// <param name="Left">The left edge in pixels.</param>
/// <param name="Top">The top edge in pixels.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
/// <param name="Score">In ground truth, 1 when the box is evaluated and 0 when it is ignored.</param>
/// <param name="Category">The VisDrone category (0 ignored region, 1-10 classes, 11 others) or a source index.</param>
/// <param name="Truncation">0 none, 1 partial (VisDrone's truncation ratio bucket).</param>
/// <param name="Occlusion">0 none, 1 partial, 2 heavy.</param>
/// <param name="Line">The 1-based line in its file, for messages (0 when not read from a file).</param>
public readonly record struct VisDroneAnnotation(
    int Frame,
    int TargetId,
    double Left,
    double Top,
    double Width,
    double Height,
    int Score,
    int Category,
    int Truncation,
    int Occlusion,
    int Line = 0);
