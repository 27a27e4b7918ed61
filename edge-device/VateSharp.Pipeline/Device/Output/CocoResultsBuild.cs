// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>The outcome of <see cref="CocoResultsBuilder.Build"/>.</summary>
/// <param name="Detections">The COCO results, in play order.</param>
/// <param name="ScoredImages">The ground-truth images the run covered (empty without ground truth).</param>
/// <param name="UnannotatedFrames">Frames the ground truth has no image for (left out).</param>
/// <param name="UnmappedDetections">Detections of classes with no ground-truth category (left out).</param>
/// <param name="UnmappedLabels">Those classes' names.</param>
internal sealed record CocoResultsBuild(
    IReadOnlyList<CocoDetection> Detections,
    IReadOnlySet<long> ScoredImages,
    int UnannotatedFrames,
    long UnmappedDetections,
    IReadOnlyList<string> UnmappedLabels);
