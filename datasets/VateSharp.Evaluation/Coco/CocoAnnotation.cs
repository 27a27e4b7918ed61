// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Coco;

/// <summary>One ground-truth box of a COCO file's <c>annotations</c> array.</summary>
/// <param name="Id">The annotation id. pycocotools treats a match to id 0 as no match, so real files start at 1.</param>
/// <param name="ImageId">The image it lies on.</param>
/// <param name="CategoryId">Its category.</param>
/// <param name="Bbox">The box.</param>
/// <param name="Area">
/// The area that decides small/medium/large, taken from the file's <c>area</c> field as pycocotools does
/// (for segmented COCO objects it is the mask area, not <c>w * h</c>).
/// </param>
/// <param name="IsCrowd">Whether the box is a crowd region: ignored, and able to absorb any number of detections.</param>
public sealed record CocoAnnotation(long Id, long ImageId, long CategoryId, CocoBox Bbox, double Area, bool IsCrowd);
