// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Health;

/// <summary>How a tier is doing.</summary>
public enum TierCondition
{
    /// <summary>Replies arrive in time.</summary>
    Healthy = 0,

    /// <summary>Replies arrive, but slower than the slow threshold.</summary>
    Slow = 1,

    /// <summary>Requests fail or time out.</summary>
    Down = 2,
}
