// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Coco;

/// <summary>
/// A parsed results file. The standard form is a bare array of detections; some tools write an object with
/// <c>annotations</c> and their own <c>images</c> and <c>categories</c>, whose ids then have to be matched to the
/// ground truth's by file name and category name (<see cref="CocoResultMatcher"/>).
/// </summary>
/// <param name="Detections">The detections, in file order (the order breaks score ties).</param>
/// <param name="Images">The file's own images, or <see langword="null"/> for a bare array.</param>
/// <param name="Categories">The file's own categories, or <see langword="null"/> for a bare array.</param>
public sealed record CocoResults(
    IReadOnlyList<CocoDetection> Detections,
    IReadOnlyList<CocoImage>? Images = null,
    IReadOnlyList<CocoCategory>? Categories = null)
{
    /// <summary>Gets a value indicating whether the file named its own images and categories.</summary>
    public bool HasOwnIds => Images is not null && Categories is not null;
}
