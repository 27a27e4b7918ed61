// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Pipeline.Policies;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>What came back from a tier for one frame, as the frame loop collects it.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Sequence">The loop's sequence number the frame was sent in.</param>
/// <param name="Frame">The frame the boxes belong to.</param>
/// <param name="Detections">The boxes in original-frame pixels; empty when <paramref name="Ok"/> is false.</param>
/// <param name="Ok">Whether the tier answered with boxes (possibly none).</param>
/// <param name="Failure">Why not, when <paramref name="Ok"/> is false: a drop reason such as timeout.</param>
/// <param name="Latency">From hand-over to the tier until the reply.</param>
/// <param name="Encoded">The JPEG the frame was sent as; <see langword="null"/> for the in-process device detector.</param>
internal readonly record struct TierReply(
    Tier Tier,
    int Sequence,
    FrameStamp Frame,
    IReadOnlyList<Detection> Detections,
    bool Ok,
    string Failure,
    TimeSpan Latency,
    EncodedFrame? Encoded);
