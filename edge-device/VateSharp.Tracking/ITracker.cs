// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking;

/// <summary>
/// Follows a set of objects from frame to frame. A tracker never invents ids: whoever owns identity (fusion)
/// hands it the set with <see cref="Initialize"/>, and <see cref="Update"/> moves the boxes to the next frame.
/// Not thread-safe: one frame loop drives one tracker.
/// </summary>
public interface ITracker : IDisposable
{
    /// <summary>Gets the registry name of the method (see <see cref="TrackerNames"/>).</summary>
    string Name { get; }

    /// <summary>Gets the objects as of the last frame given to <see cref="Initialize"/> or <see cref="Update"/>.</summary>
    IReadOnlyList<TrackedObject> Objects { get; }

    /// <summary>
    /// Sets the followed set on <paramref name="frame"/>. An id the tracker already follows keeps its motion
    /// state, and its box counts as a fresh measurement when <see cref="TrackedObject.FramesSinceConfirmed"/> is 0;
    /// other ids start anew; ids left out are forgotten.
    /// Objects scoring below <see cref="TrackerOptions.MinTrackScore"/> are kept where they are, unfollowed.
    /// </summary>
    /// <param name="frame">The frame the boxes belong to; the tracker copies what it needs from it.</param>
    /// <param name="objects">The objects with their boxes on that frame.</param>
    void Initialize(TrackingFrame frame, IReadOnlyList<TrackedObject> objects);

    /// <summary>
    /// Moves every object to <paramref name="frame"/> (a later frame of the same sequence). An object the method
    /// cannot follow keeps its box, is marked lost and has its score multiplied by
    /// <see cref="TrackerOptions.LostScoreDecay"/> per frame until it falls below
    /// <see cref="TrackerOptions.DropScore"/>, when it is dropped.
    /// </summary>
    /// <returns>The objects on the new frame (the same list as <see cref="Objects"/>).</returns>
    IReadOnlyList<TrackedObject> Update(TrackingFrame frame);
}
