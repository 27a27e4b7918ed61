// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Scheduling;

/// <summary>The device detector's pacing.</summary>
public sealed class DetectionRateOptions
{
    /// <summary>Gets the defaults.</summary>
    public static DetectionRateOptions Default { get; } = new();

    /// <summary>Gets the mode. Default <see cref="DetectionMode.Async"/> (VATE's default).</summary>
    public DetectionMode Mode { get; init; } = DetectionMode.Async;

    /// <summary>
    /// Gets N, counted in frames: in sync mode the detector runs on frames whose index is a multiple of N; in
    /// async mode no result is applied more than N frames after its frame. Default 5 (VATE).
    /// </summary>
    public int Rate { get; init; } = 5;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (Rate < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Rate), Rate, $"The detection rate must be at least 1 frame, but it is {Rate}.");
        }

        if (!Enum.IsDefined(Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "The detection mode must be Sync or Async.");
        }
    }
}
