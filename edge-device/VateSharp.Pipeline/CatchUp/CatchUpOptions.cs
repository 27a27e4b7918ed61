// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.CatchUp;

/// <summary>How <see cref="ResultForwarder"/> replays a late result.</summary>
public sealed class CatchUpOptions
{
    /// <summary>Gets the defaults.</summary>
    public static CatchUpOptions Default { get; } = new();

    /// <summary>
    /// Gets the most tracker steps one catch-up may take. A result that missed more frames is replayed over
    /// evenly spaced frames (larger jumps per step, which pyramidal optical flow tolerates up to tens of pixels),
    /// so a slow cloud's reply costs a bounded time on the frame loop. Default 12; 0 replays every frame.
    /// </summary>
    public int MaxSteps { get; init; } = 12;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (MaxSteps < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSteps), MaxSteps, $"{nameof(MaxSteps)} must be 0 or more, but it is {MaxSteps}.");
        }
    }
}
