// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Metrics;

/// <summary>The reasons the pipeline counts drops under; other components may add their own strings.</summary>
public static class DropReasons
{
    /// <summary>A late result whose frame had left the history window.</summary>
    public const string TooOldForCatchUp = "too-old-for-catch-up";

    /// <summary>A result for a sequence that has ended.</summary>
    public const string OtherSequence = "other-sequence";

    /// <summary>A result naming a frame not shown yet.</summary>
    public const string FromTheFuture = "from-the-future";

    /// <summary>A request that got no reply within its deadline.</summary>
    public const string Timeout = "timeout";

    /// <summary>A frame or request discarded because a bounded queue was full.</summary>
    public const string QueueFull = "queue-full";
}
