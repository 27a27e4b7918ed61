// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Coco;

/// <summary>A COCO ground-truth file: images, categories and annotations, in file order.</summary>
/// <param name="Images">The images; their ids are the set evaluation runs over.</param>
/// <param name="Categories">The categories.</param>
/// <param name="Annotations">The ground-truth boxes.</param>
public sealed record CocoDataset(
    IReadOnlyList<CocoImage> Images,
    IReadOnlyList<CocoCategory> Categories,
    IReadOnlyList<CocoAnnotation> Annotations);
