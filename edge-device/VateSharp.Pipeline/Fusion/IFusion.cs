// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Tracking;

namespace VateSharp.Pipeline.Fusion;

/// <summary>
/// Merges, frame by frame, the set the device shows with new results from the tiers. A fusion owns object
/// identity: new objects get fresh ids, matched ones keep theirs. Not thread-safe: the frame loop drives it.
/// </summary>
public interface IFusion
{
    /// <summary>Gets the registry name (see <see cref="FusionNames"/>).</summary>
    string Name { get; }

    /// <summary>Merges <paramref name="result"/> into <paramref name="current"/> and returns the new set.</summary>
    /// <param name="current">The set on the result's frame (usually the tracker's output for that frame).</param>
    /// <param name="result">The tier's boxes on the same frame.</param>
    IReadOnlyList<TrackedObject> Merge(IReadOnlyList<TrackedObject> current, TierResult result);

    /// <summary>
    /// Applies per-frame ageing (time-to-live, fading) to the set on frame <paramref name="now"/>; call it once
    /// per shown frame, after any merges of that frame.
    /// </summary>
    IReadOnlyList<TrackedObject> Advance(IReadOnlyList<TrackedObject> current, FrameStamp now);

    /// <summary>Forgets everything (a new sequence starts); ids start again from 1.</summary>
    void Reset();
}
