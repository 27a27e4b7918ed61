// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.CatchUp;

/// <summary>What became of a late result.</summary>
public enum CatchUpOutcome
{
    /// <summary>The result is for the newest frame; nothing needed replaying.</summary>
    Current = 0,

    /// <summary>The result was replayed through the frames it missed and now holds on the newest frame.</summary>
    BroughtForward = 1,

    /// <summary>Dropped: its frame has left the history window.</summary>
    DroppedTooOld = 2,

    /// <summary>Dropped: it belongs to an earlier sequence (video), whose frames are gone.</summary>
    DroppedOtherSequence = 3,

    /// <summary>Dropped: it names a frame the device has not shown yet (a confused or hostile peer).</summary>
    DroppedFromTheFuture = 4,
}
