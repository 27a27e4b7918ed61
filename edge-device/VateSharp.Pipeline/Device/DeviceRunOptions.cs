// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json.Serialization;
using VateSharp.Core.Detections;
using VateSharp.Pipeline.Scheduling;

namespace VateSharp.Pipeline.Device;

/// <summary>
/// Everything one device run needs; written to run.json as the effective configuration. Defaults give VATE's
/// pipeline with VateSharp's own models: device, edge server and cloud, async mode, detection rate 5.
/// </summary>
public sealed record DeviceRunOptions
{
    /// <summary>
    /// Gets what to play: a glob of sequence folders, a folder, a video file, a camera index or a stream URL.
    /// </summary>
    public required string Input { get; init; }

    /// <summary>Gets the COCO ground truth to score against; <see langword="null"/> (default) scores nothing.</summary>
    public string? Annotations { get; init; }

    /// <summary>Gets the folder the outputs are written to (created when missing).</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Gets N: the primary detector's pacing in frames (sync: every N-th frame; async: at most N frames stale). Default 5.</summary>
    public int DetectionRate { get; init; } = 5;

    /// <summary>Gets the primary detector's mode. Default async (VATE's default).</summary>
    public DetectionMode Mode { get; init; } = DetectionMode.Async;

    /// <summary>
    /// Gets the tiers used. The lowest one is the primary detector, paced by <see cref="DetectionRate"/> and
    /// <see cref="Mode"/>; the others follow their offload policies. Default all three.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<Tier> Tiers { get; init; } = [Tier.Device, Tier.EdgeServer, Tier.Cloud];

    /// <summary>Gets the tiers by their command-line names (device, server, cloud), as run.json lists them.</summary>
    [JsonPropertyName("tiers")]
    public IReadOnlyList<string> TierList => [.. Tiers.Select(TierNames.Of)];

    /// <summary>Gets the device tier's settings. Default <see cref="TierOptions.DeviceDefault"/>.</summary>
    public TierOptions Device { get; init; } = TierOptions.DeviceDefault;

    /// <summary>Gets the edge server's settings. Default <see cref="TierOptions.ServerDefault"/>.</summary>
    public TierOptions Server { get; init; } = TierOptions.ServerDefault;

    /// <summary>Gets the cloud's settings. Default <see cref="TierOptions.CloudDefault"/>.</summary>
    public TierOptions Cloud { get; init; } = TierOptions.CloudDefault;

    /// <summary>Gets the fusion: tiered (VateSharp's rule; alias ours) or vate. Default tiered.</summary>
    public string Fusion { get; init; } = "tiered";

    /// <summary>
    /// Gets the factor on the device detector's scores before fusion (ours only), so that boxes only the light
    /// detector vouches for rank below boxes a heavier tier confirmed. Default 1 (unchanged).
    /// </summary>
    public float DeviceScoreWeight { get; init; } = 1f;

    /// <summary>Gets the tracker between detections: median-flow, motion or kcf. Default median-flow.</summary>
    public string Tracker { get; init; } = "median-flow";

    /// <summary>
    /// Gets the score below which an object is not followed by the tracker (it stays where it is and fades). Default
    /// 0.3; VATE uses 0.2, which on the generated sequences costs a third more tracking time for the same mAP.
    /// </summary>
    public float TrackMinScore { get; init; } = 0.3f;

    /// <summary>Gets the width trackers work at (frames are shrunk to it). Default 640 (VATE).</summary>
    public int TrackingWidth { get; init; } = 640;

    /// <summary>Gets the most tracker steps one late result is replayed over. Default 12.</summary>
    public int CatchUpMaxSteps { get; init; } = 12;

    /// <summary>Gets how much stream time of frames is kept for bringing late results forward, in seconds. Default 4.</summary>
    public double HistorySeconds { get; init; } = 4;

    /// <summary>
    /// Gets a value indicating whether files play at their native frame rate and frames the device is too slow for
    /// are dropped (as a camera would). Default false: every frame is processed, as fast as the device can.
    /// </summary>
    public bool RealTime { get; init; }

    /// <summary>
    /// Gets the most frames shown per second, never dropping any (VATE caps its replay at 24); <see langword="null"/>
    /// (default) plays as fast as the device can.
    /// </summary>
    public double? MaxFramesPerSecond { get; init; }

    /// <summary>Gets the frame rate of image sequences, which carry none. Default 25.</summary>
    public double FramesPerSecond { get; init; } = 25;

    /// <summary>Gets the most frames played per sequence; <see langword="null"/> (default) plays all.</summary>
    public int? MaxFramesPerSequence { get; init; }

    /// <summary>Gets the decoded frames read ahead on a background thread. Default 8.</summary>
    public int PrefetchFrames { get; init; } = 8;

    /// <summary>
    /// Gets how long a lost camera or stream is reopened before the run ends, in seconds. Default 30; 0 ends at
    /// the first loss.
    /// </summary>
    public double ReconnectSeconds { get; init; } = 30;

    /// <summary>Gets a value indicating whether frames are only decoded (no detection): the source's own speed.</summary>
    public bool DecodeOnly { get; init; }

    /// <summary>Gets an MP4 (mp4v) file to record the shown frames with their boxes into; none by default.</summary>
    public string? VideoOut { get; init; }

    /// <summary>Gets a folder to write every shown frame with its boxes into, as JPEG; none by default.</summary>
    public string? FramesOut { get; init; }

    /// <summary>Gets the COCO evaluation's detection limits. Default 100, 500, 1000 (VATE's).</summary>
    public IReadOnlyList<int> MaxDetections { get; init; } = [100, 500, 1000];

    /// <summary>Gets a JSON file mapping detector class names to ground-truth category names; none by default.</summary>
    public string? ClassMap { get; init; }

    /// <summary>Gets the tier settings of <paramref name="tier"/>.</summary>
    public TierOptions For(Tier tier) => tier switch
    {
        Tier.Device => Device,
        Tier.EdgeServer => Server,
        _ => Cloud,
    };
}
