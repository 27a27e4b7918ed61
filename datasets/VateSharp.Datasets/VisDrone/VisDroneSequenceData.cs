// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.VisDrone;

/// <summary>One sequence's frames and annotation lines, as <see cref="VisDroneCocoBuilder"/> takes them.</summary>
/// <param name="Name">The sequence (folder) name; COCO file names are <c>name/frame-file</c>.</param>
/// <param name="Frames">The frames in order.</param>
/// <param name="Annotations">The annotation lines.</param>
/// <param name="AnnotationFile">The annotation file, for messages.</param>
public sealed record VisDroneSequenceData(
    string Name,
    IReadOnlyList<VisDroneFrame> Frames,
    IReadOnlyList<VisDroneAnnotation> Annotations,
    string AnnotationFile);
