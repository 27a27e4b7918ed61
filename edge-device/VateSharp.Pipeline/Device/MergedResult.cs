// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Device;

/// <summary>A tier's reply merged into a shown frame, before and after it was brought forward to that frame.</summary>
/// <param name="Tier">The tier that answered.</param>
/// <param name="FrameIndex">The frame the reply was computed on.</param>
/// <param name="FramesBehind">How many frames after its own it was shown (0: on its own frame).</param>
/// <param name="Original">The boxes as the tier found them on <paramref name="FrameIndex"/>.</param>
/// <param name="BroughtForward">The boxes moved by tracking to the shown frame, as merged.</param>
public sealed record MergedResult(
    Tier Tier, int FrameIndex, int FramesBehind, IReadOnlyList<Detection> Original, IReadOnlyList<Detection> BroughtForward);
