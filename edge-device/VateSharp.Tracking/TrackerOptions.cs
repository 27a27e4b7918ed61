// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Tracking;

/// <summary>What every tracker does with weak and lost objects. Defaults follow VATE.</summary>
public sealed class TrackerOptions
{
    /// <summary>Gets the defaults.</summary>
    public static TrackerOptions Default { get; } = new();

    /// <summary>
    /// Gets the score below which an object is not followed: its box stays where it is and its score decays as
    /// if lost. Default 0.2 (VATE gives such boxes no tracker).
    /// </summary>
    public float MinTrackScore { get; init; } = 0.2f;

    /// <summary>Gets the factor applied to a lost object's score for every frame it stays lost. Default 0.8 (VATE).</summary>
    public float LostScoreDecay { get; init; } = 0.8f;

    /// <summary>
    /// Gets the score below which a decaying object is dropped. Default 0.01 (VATE keeps integer percentages and
    /// drops a box when its score rounds down to 0).
    /// </summary>
    public float DropScore { get; init; } = 0.01f;

    /// <summary>Throws when a value is out of range, naming the option and the allowed range.</summary>
    public void Validate()
    {
        Require(MinTrackScore is >= 0f and <= 1f, nameof(MinTrackScore), MinTrackScore, "[0, 1]");
        Require(LostScoreDecay is > 0f and <= 1f, nameof(LostScoreDecay), LostScoreDecay, "(0, 1]");
        Require(DropScore is >= 0f and < 1f, nameof(DropScore), DropScore, "[0, 1)");
    }

    private static void Require(bool ok, string name, float value, string range)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in {range}, but it is {value}.");
        }
    }
}
