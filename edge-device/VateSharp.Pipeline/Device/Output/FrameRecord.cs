// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>What was on screen for one frame, kept for detections.json and scoring.</summary>
/// <param name="Sequence">The sequence name.</param>
/// <param name="Index">The frame index within the sequence.</param>
/// <param name="FileName">The COCO file name, or null for video.</param>
/// <param name="Detections">The boxes on screen.</param>
/// <param name="Filled">Whether the device never showed the frame and the previous boxes stood for it.</param>
internal readonly record struct FrameRecord(
    string Sequence, int Index, string? FileName, IReadOnlyList<Detection> Detections, bool Filled);
