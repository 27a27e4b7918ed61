// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Fusion;

/// <summary>A tier's detections ready to merge: already brought forward to the frame being shown.</summary>
/// <param name="Tier">The tier that computed them.</param>
/// <param name="Detections">The boxes on frame <paramref name="At"/>; an empty list is a real "nothing found" reply.</param>
/// <param name="At">The frame being shown, which the boxes now hold on.</param>
public readonly record struct TierResult(Tier Tier, IReadOnlyList<Detection> Detections, FrameStamp At);
