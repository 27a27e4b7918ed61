// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Core.Detections;

/// <summary>A box a decoder proposes before suppression: no label string yet, so that lists of them stay cheap.</summary>
/// <param name="Box">The box, in whatever pixel space the caller works in.</param>
/// <param name="ClassId">The class index.</param>
/// <param name="Score">The confidence in [0, 1].</param>
public readonly record struct DetectionCandidate(BoundingBox Box, int ClassId, float Score);
