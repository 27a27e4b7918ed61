// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline;

/// <summary>Where a frame sits in its sequence: its index and its time from the sequence's start.</summary>
/// <param name="Index">The zero-based frame index within the sequence.</param>
/// <param name="Timestamp">The frame's time from the start of the sequence.</param>
public readonly record struct FrameStamp(int Index, TimeSpan Timestamp);
