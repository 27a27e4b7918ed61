// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Scheduling;

/// <summary>A light-detector result handed back to the frame loop.</summary>
/// <param name="FrameIndex">The frame the boxes belong to.</param>
/// <param name="Sequence">The sequence number (one more at each first frame of a sequence, starting at 1).</param>
/// <param name="Detections">The boxes on that frame.</param>
/// <param name="FramesBehind">How many frames after its own it is handed back (0 for a waited-for frame).</param>
/// <param name="Latency">The time from submission to completion.</param>
/// <param name="Waited">Whether the loop blocked for it.</param>
public readonly record struct DeviceDetections(
    int FrameIndex, int Sequence, IReadOnlyList<Detection> Detections, int FramesBehind, TimeSpan Latency, bool Waited);
