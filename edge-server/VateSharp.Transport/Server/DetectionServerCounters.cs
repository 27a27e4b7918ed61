// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Server;

/// <summary>A snapshot of a server's counters since it started.</summary>
public readonly record struct DetectionServerCounters
{
    /// <summary>Gets the detect requests received (well-formed enough to carry ids).</summary>
    public long Received { get; init; }

    /// <summary>Gets the detect replies sent, any status.</summary>
    public long Answered { get; init; }

    /// <summary>Gets the replies with boxes.</summary>
    public long Ok { get; init; }

    /// <summary>Gets the frames answered late without running.</summary>
    public long Late { get; init; }

    /// <summary>Gets the frames rejected (queue overflow, stopping, other model).</summary>
    public long Rejected { get; init; }

    /// <summary>Gets the frames answered with an error (bad JPEG, invalid request, inference failure).</summary>
    public long Errors { get; init; }

    /// <summary>Gets the messages refused before any ids could be read (bad header, version, size, body).</summary>
    public long Malformed { get; init; }

    /// <summary>Gets the messages dropped unanswered because the sender's CURVE key is not allowed.</summary>
    public long Unauthorized { get; init; }

    /// <summary>Gets the frames waiting for a worker now.</summary>
    public int Queued { get; init; }

    /// <summary>Gets the workers running inference now.</summary>
    public int BusyWorkers { get; init; }

    /// <summary>Gets the total time frames spent queued.</summary>
    public TimeSpan TotalQueueTime { get; init; }

    /// <summary>Gets the total decode plus inference time.</summary>
    public TimeSpan TotalInferenceTime { get; init; }

    /// <summary>Gets the mean queue time of frames that reached a worker.</summary>
    public TimeSpan MeanQueueTime => Ok + Late == 0 ? TimeSpan.Zero : TotalQueueTime / (Ok + Late);

    /// <summary>Gets the mean inference time of frames that ran.</summary>
    public TimeSpan MeanInferenceTime => Ok == 0 ? TimeSpan.Zero : TotalInferenceTime / Ok;
}
