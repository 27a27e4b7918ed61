// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Device;

/// <summary>Where a run stands, reported after every shown frame.</summary>
/// <param name="Frames">Frames done (shown or stood in for).</param>
/// <param name="TotalFrames">Frames to play when known in advance (image sequences), else null.</param>
/// <param name="Sequence">The sequence playing.</param>
/// <param name="SequenceNumber">Its number, from 1.</param>
/// <param name="Sequences">The number of sequences when known in advance, else null.</param>
public readonly record struct DeviceProgress(long Frames, long? TotalFrames, string Sequence, int SequenceNumber, int? Sequences);
