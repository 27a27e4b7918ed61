// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Coco;

/// <summary>One detection as COCO result files list it.</summary>
/// <param name="ImageId">The ground truth's image id.</param>
/// <param name="CategoryId">The ground truth's category id.</param>
/// <param name="Bbox">The box.</param>
/// <param name="Score">The confidence; higher ranks first.</param>
public readonly record struct CocoDetection(long ImageId, long CategoryId, CocoBox Bbox, double Score);
