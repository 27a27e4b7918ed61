// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.CatchUp;

/// <summary>A tier's detections for an earlier frame, as they arrive.</summary>
/// <param name="Tier">The tier that computed them.</param>
/// <param name="Sequence">The <see cref="FrameHistory.Sequence"/> the frame was sent in.</param>
/// <param name="FrameIndex">The index of the frame the boxes belong to.</param>
/// <param name="Detections">The boxes in original-image pixels of that frame.</param>
public readonly record struct LateResult(Tier Tier, int Sequence, int FrameIndex, IReadOnlyList<Detection> Detections);
