// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Fusion;

/// <summary>
/// How long a tier's confirmation of an object lasts: it lapses when either limit given is exceeded
/// (at least one must be given).
/// </summary>
/// <param name="Frames">The most frames since the tier last matched the object, or <see langword="null"/> for no frame limit.</param>
/// <param name="Time">The most stream time since then, or <see langword="null"/> for no time limit.</param>
public readonly record struct TimeToLive(int? Frames, TimeSpan? Time)
{
    /// <summary>Creates a limit in frames.</summary>
    public static TimeToLive InFrames(int frames) => new(frames, null);

    /// <summary>Creates a limit in stream time.</summary>
    public static TimeToLive InTime(TimeSpan time) => new(null, time);

    /// <summary>Returns whether a confirmation made at <paramref name="confirmed"/> has lapsed at <paramref name="now"/>.</summary>
    public bool HasLapsed(FrameStamp confirmed, FrameStamp now) =>
        (Frames is { } frames && now.Index - confirmed.Index > frames)
        || (Time is { } time && now.Timestamp - confirmed.Timestamp > time);
}
