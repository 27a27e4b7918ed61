// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Pipeline.Device.Output;

namespace VateSharp.Pipeline.Device;

/// <summary>What a finished run produced.</summary>
/// <param name="OutputFolder">The folder holding the outputs.</param>
/// <param name="Files">The files written, full paths.</param>
/// <param name="Report">The measurements (metrics.json).</param>
/// <param name="Scores">The COCO scores (scores.json), or null without annotations or for a decode-only run.</param>
/// <param name="Detections">The COCO results written to detections.json.</param>
/// <param name="UnannotatedFrames">Frames the annotations have no image for (not scored).</param>
/// <param name="UnmappedDetections">Detections of classes the annotations have no category for (not scored).</param>
public sealed record DeviceRunResult(
    string OutputFolder,
    IReadOnlyList<string> Files,
    DeviceRunReport Report,
    RunScores? Scores,
    long Detections,
    int UnannotatedFrames,
    long UnmappedDetections);
