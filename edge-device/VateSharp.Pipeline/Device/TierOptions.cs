// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json.Serialization;

namespace VateSharp.Pipeline.Device;

/// <summary>
/// How one tier detects: its models and thresholds, and for the edge server and the cloud how frames reach it
/// (endpoints, policy, encoding, deadline). The defaults of each tier are <see cref="DeviceDefault"/>,
/// <see cref="ServerDefault"/> and <see cref="CloudDefault"/>.
/// </summary>
public sealed record TierOptions
{
    /// <summary>Gets the device's defaults: FastestDet in process, score 0.2, one thread.</summary>
    public static TierOptions DeviceDefault { get; } = new()
    {
        Models = ["fastestdet"],
        ScoreThreshold = 0.2f,
        Size = FrameSize.Native,
    };

    /// <summary>Gets the edge server's defaults: YOLOX-Nano, every frame it is free for, 640x512, quality 90, 2 s deadline.</summary>
    public static TierOptions ServerDefault { get; } = new()
    {
        Models = ["yolox-nano"],
        Policy = "async",
        Size = new FrameSize(640, 512),
        DeadlineMs = 2000,
    };

    /// <summary>
    /// Gets the cloud's defaults: PicoDet-S 416 and YOLOX-Nano fused by weighted box fusion, every 5th frame it is
    /// free for, 1333x800, quality 90, 5 s deadline.
    /// </summary>
    public static TierOptions CloudDefault { get; } = new()
    {
        Models = ["picodet-s-416", "yolox-nano"],
        Policy = "every-n",
        EveryN = 5,
        Size = new FrameSize(1333, 800),
        DeadlineMs = 5000,
    };

    /// <summary>
    /// Gets the models: catalogue names or .onnx paths. Two or more make an ensemble fused by weighted box fusion.
    /// Ignored for a tier reached through <see cref="Endpoints"/> (the remote end chooses).
    /// </summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    /// <summary>Gets the family of models given by path (yolox, yolov5, yolov8, ...); ignored for catalogue names.</summary>
    public string? Family { get; init; }

    /// <summary>Gets the lowest score kept. Default 0.25.</summary>
    public float ScoreThreshold { get; init; } = 0.25f;

    /// <summary>Gets the IoU above which the weaker of two same-class boxes is suppressed. Default 0.45.</summary>
    public float NmsThreshold { get; init; } = 0.45f;

    /// <summary>Gets the most boxes per frame. Default 300.</summary>
    public int MaxDetections { get; init; } = 300;

    /// <summary>Gets the threads one inference may use (0 lets ONNX Runtime choose). Default 1.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Gets the tile grid of sliced inference, for example <c>2x2</c>; <c>none</c> (default) runs whole frames.</summary>
    public string Slices { get; init; } = "none";

    /// <summary>Gets the overlap of neighbouring tiles, in [0, 0.9]. Default 0.2.</summary>
    public float SliceOverlap { get; init; } = 0.2f;

    /// <summary>Gets a value indicating whether sliced inference also runs the whole frame. Default true.</summary>
    public bool SliceFullFrame { get; init; } = true;

    /// <summary>Gets the largest frame sent to the tier (fit inside, never enlarged). Default native.</summary>
    public FrameSize Size { get; init; } = FrameSize.Native;

    /// <summary>Gets the JPEG quality of frames sent to the tier, 1-100. Default 90 (VATE).</summary>
    public int JpegQuality { get; init; } = 90;

    /// <summary>
    /// Gets the remote endpoints (tcp://host:port), requests spread over them with failover; empty (default) runs the
    /// tier in this process behind an inproc:// endpoint.
    /// </summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    /// <summary>Gets the offload policy: every-n, async, confidence or bandwidth. Default async.</summary>
    public string Policy { get; init; } = "async";

    /// <summary>Gets N of the every-n policy. Default 5.</summary>
    public int EveryN { get; init; } = 5;

    /// <summary>Gets how long a request may take before it counts as failed, in milliseconds. Default 2000.</summary>
    public int DeadlineMs { get; init; } = 2000;

    /// <summary>Gets the inference workers of an embedded tier (each with its own detector). Default 1.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// Gets how many requests may be in flight to the tier at once, 1 to 16. Default 1 (VATE's rule). Replies are
    /// matched to their frames by id, so with more the tier's workers serve one device in parallel; each request
    /// keeps its own deadline, and a reply that arrives after a newer one is brought forward from its own frame.
    /// </summary>
    public int MaxInFlight { get; init; } = 1;

    /// <summary>Gets a value indicating whether the tier runs in this process.</summary>
    [JsonIgnore]
    public bool IsEmbedded => Endpoints.Count == 0;

    /// <summary>Gets the deadline as a time span.</summary>
    [JsonIgnore]
    public TimeSpan Deadline => TimeSpan.FromMilliseconds(DeadlineMs);
}
