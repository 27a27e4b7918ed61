// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Inference;

namespace VateSharp.Cloud.Ensemble;

/// <summary>One model of an ensemble and its weight in the fusion.</summary>
/// <param name="Detector">The detector (owned by the ensemble).</param>
/// <param name="Weight">Its weight; 1 for equal say. Default 1.</param>
public sealed record EnsembleMember(IObjectDetector Detector, float Weight = 1f);
