// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Scheduling;

/// <summary>How the device's light detector is paced (docs/detection-rate.md).</summary>
public enum DetectionMode
{
    /// <summary>Every N-th frame waits for the detector; the others are tracked.</summary>
    Sync = 0,

    /// <summary>The detector takes a frame whenever it is free; the device waits only when a result lags N frames.</summary>
    Async = 1,
}
