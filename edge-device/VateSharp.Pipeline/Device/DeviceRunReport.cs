// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Pipeline.Metrics;

namespace VateSharp.Pipeline.Device;

/// <summary>A run's measurements, as written to metrics.json (docs/edge-device.md describes every field).</summary>
public sealed record DeviceRunReport
{
    /// <summary>Gets the frames the device showed.</summary>
    public long FramesShown { get; init; }

    /// <summary>Gets the frames the device never showed (dropped or undecodable) that the previous boxes stood for.</summary>
    public long FramesFilled { get; init; }

    /// <summary>Gets the sequences played.</summary>
    public int Sequences { get; init; }

    /// <summary>Gets the frames skipped because they could not be decoded.</summary>
    public int CorruptFramesSkipped { get; init; }

    /// <summary>Gets the frames the source dropped because the device was busy (real-time playback and live sources).</summary>
    public int FramesDroppedBySource { get; init; }

    /// <summary>Gets how many times a lost camera or stream was opened again during the run.</summary>
    public int SourceReconnects { get; init; }

    /// <summary>Gets a value indicating whether the run was stopped on request (Ctrl-C on a live source) before its input ended.</summary>
    public bool StoppedOnRequest { get; init; }

    /// <summary>Gets the wall time of the frame loop, from its first read to its end.</summary>
    public double WallSeconds { get; init; }

    /// <summary>Gets the shown frames per second of wall time, between the first and the last shown frame.</summary>
    public double FramesPerSecond { get; init; }

    /// <summary>Gets the per-stage durations, keyed by stage (Decode is the loop's wait for the next decoded frame).</summary>
    public IReadOnlyDictionary<string, LatencySummary> Stages { get; init; } = new Dictionary<string, LatencySummary>();

    /// <summary>Gets the tiers, lowest first.</summary>
    public IReadOnlyList<TierReport> Tiers { get; init; } = [];

    /// <summary>Gets dropped results and requests by reason.</summary>
    public IReadOnlyDictionary<string, long> Drops { get; init; } = new Dictionary<string, long>();

    /// <summary>Gets how often the loop waited for the primary detector (sync frames, sequence starts, stale results).</summary>
    public long PrimaryWaits { get; init; }

    /// <summary>Gets the total time the loop waited for the primary detector.</summary>
    public double PrimaryWaitedSeconds { get; init; }

    /// <summary>Gets the waits that ended without the reply (the tier was down or too slow).</summary>
    public long PrimaryWaitsAbandoned { get; init; }

    /// <summary>Gets late results brought forward by tracking, and the tracker steps that took.</summary>
    public long BroughtForward { get; init; }

    /// <summary>Gets the tracker steps of all catch-ups.</summary>
    public long CatchUpSteps { get; init; }

    /// <summary>Gets the CPU time of the whole process.</summary>
    public double ProcessCpuSeconds { get; init; }

    /// <summary>Gets the CPU time of the frame loop's own thread (tracking, fusion, catch-up), where measurable.</summary>
    public double? LoopCpuSeconds { get; init; }
}
