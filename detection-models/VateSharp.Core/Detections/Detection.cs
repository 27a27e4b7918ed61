// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Core.Detections;

/// <summary>One detected object: a box in original-image pixels, a class and a confidence in [0, 1].</summary>
/// <param name="Box">The box in pixels of the original (not resized) image.</param>
/// <param name="ClassId">The detector's class index (COCO's 0-79 for the catalogue models).</param>
/// <param name="Label">The class name, for example <c>car</c>.</param>
/// <param name="Score">The confidence in [0, 1].</param>
public readonly record struct Detection(BoundingBox Box, int ClassId, string Label, float Score);
