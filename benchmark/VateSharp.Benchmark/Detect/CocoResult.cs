// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Benchmark.Detect;

/// <summary>One entry of a COCO results file.</summary>
internal readonly record struct CocoResult(int ImageId, int CategoryId, BoundingBox Box, float Score);
