// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// One tier as the frame loop sees it: frames go in without waiting, replies come back through the
/// <see cref="ReplyInbox"/> on whatever thread finished them. At most <see cref="MaxInFlight"/> requests are in
/// flight: one for the device's own detector, and for a remote tier its <see cref="TierOptions.MaxInFlight"/>
/// (default 1, VATE's rule).
/// </summary>
internal interface ITierChannel : IDisposable
{
    Tier Tier { get; }

    /// <summary>Gets what the tier runs and where, for logs and metrics.</summary>
    string Description { get; }

    /// <summary>Gets how long the loop waits for a reply at most before it gives up on it.</summary>
    TimeSpan WaitLimit { get; }

    /// <summary>Gets the frame index of the oldest request in flight, or <see langword="null"/> when none is.</summary>
    int? OutstandingFrame { get; }

    /// <summary>Gets the requests in flight, 0 to <see cref="MaxInFlight"/>.</summary>
    int InFlight { get; }

    /// <summary>Gets how many requests may be in flight at once.</summary>
    int MaxInFlight { get; }

    /// <summary>Gets the CPU time spent inside the tier's detectors, when it runs in this process.</summary>
    TimeSpan? DetectorCpuTime { get; }

    /// <summary>
    /// Hands a frame over; the reply is posted to the inbox. The channel retains <paramref name="image"/> for as
    /// long as it reads it.
    /// </summary>
    /// <returns>
    /// <see langword="false"/> when <see cref="MaxInFlight"/> requests are in flight, or this frame of this sequence is.
    /// </returns>
    bool TrySubmit(SharedImage image, int sequence, string sequenceName, FrameStamp frame, FrameEncoding encoding);
}
