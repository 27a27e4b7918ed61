// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;

namespace VateSharp.Tracking;

/// <summary>The bookkeeping every tracker applies when an object moves on by some frames.</summary>
internal static class TrackAging
{
    /// <summary>The object was followed to <paramref name="box"/> across <paramref name="frames"/> frames.</summary>
    public static TrackedObject Followed(TrackedObject tracked, BoundingBox box, int frames) => tracked with
    {
        Box = box,
        Age = tracked.Age + frames,
        FramesSinceConfirmed = tracked.FramesSinceConfirmed + frames,
        IsLost = false,
    };

    /// <summary>
    /// The object could not be followed (or is not followed): its box stays, its score decays once per frame.
    /// Returns <see langword="false"/> when the score fell below the drop floor.
    /// </summary>
    public static bool TryMissed(TrackedObject tracked, int frames, TrackerOptions options, out TrackedObject result)
    {
        var score = tracked.Score * MathF.Pow(options.LostScoreDecay, frames);
        result = tracked with
        {
            Score = score,
            Age = tracked.Age + frames,
            FramesSinceConfirmed = tracked.FramesSinceConfirmed + frames,
            IsLost = true,
        };
        return score >= options.DropScore;
    }

    /// <summary>Frames between two indices, at least 1 (a repeated or out-of-order index still counts as a step).</summary>
    public static int Steps(int previousIndex, int index) => Math.Max(1, index - previousIndex);
}
