// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Scheduling;

/// <summary>
/// What the device does with its detector on one frame, in this order: wait for the outstanding request (its
/// result is applied on this frame), send this frame, wait for this frame's result.
/// </summary>
/// <param name="WaitForOutstanding">Block until the outstanding request completes.</param>
/// <param name="Submit">Send this frame to the detector.</param>
/// <param name="WaitForSubmitted">Block until this frame's result is back (sync frames and a sequence's first frame).</param>
public readonly record struct DetectionPlan(bool WaitForOutstanding, bool Submit, bool WaitForSubmitted)
{
    /// <summary>Gets the plan of a frame that is only tracked.</summary>
    public static DetectionPlan TrackOnly { get; } = new(false, false, false);

    /// <summary>
    /// Plans frame <paramref name="frameIndex"/> given the frame of the request still outstanding (after any
    /// finished one has been collected), or <see langword="null"/> when the detector is free.
    /// </summary>
    public static DetectionPlan For(DetectionRateOptions options, int frameIndex, bool isFirstOfSequence, int? outstandingFrame) =>
        For(options, frameIndex, isFirstOfSequence, outstandingFrame, hasCapacity: outstandingFrame is null);

    /// <summary>
    /// Plans frame <paramref name="frameIndex"/> for a detector that may have several requests in flight:
    /// <paramref name="outstandingFrame"/> is the oldest of them, and <paramref name="hasCapacity"/> tells whether it
    /// takes another one now. In async mode a frame is sent whenever the detector has room, and the loop waits only
    /// for the oldest request once it is N frames old, so the bound on lateness is the same as with one in flight.
    /// </summary>
    public static DetectionPlan For(
        DetectionRateOptions options, int frameIndex, bool isFirstOfSequence, int? outstandingFrame, bool hasCapacity)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rate = options.Rate;

        // A sequence's first frame always waits, so its first frame is never shown without boxes; a sequence
        // whose frame 0 failed to decode thus still starts with a detection.
        if (isFirstOfSequence || (options.Mode == DetectionMode.Sync && frameIndex % rate == 0))
        {
            return new DetectionPlan(outstandingFrame is not null, true, true);
        }

        if (options.Mode == DetectionMode.Sync)
        {
            return TrackOnly;
        }

        if (outstandingFrame is not { } outstanding)
        {
            return new DetectionPlan(false, true, false);
        }

        // The outstanding result would be applied N frames late on this frame: wait for it rather than let it
        // grow older, then the detector is free again for this frame.
        if (frameIndex - outstanding >= rate)
        {
            return new DetectionPlan(true, true, false);
        }

        return hasCapacity ? new DetectionPlan(false, true, false) : TrackOnly;
    }
}
