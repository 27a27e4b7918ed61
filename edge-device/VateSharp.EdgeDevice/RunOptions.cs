// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Cli;

namespace VateSharp.EdgeDevice;

/// <summary>
/// Options of the edge device's one verb, <c>run</c>, which is the default: <c>edge-device "GLOB" [annotations.json]
/// --detection-rate 5</c> works as VATE's command line does. Every option's help text states its default.
/// </summary>
[Verb("run", isDefault: true, HelpText = "Play sequences, a video, a camera or a stream through the device, edge server and cloud; write detections.json, metrics.json, run.json and, with annotations, scores.json.")]
public sealed class RunOptions : VerbOptions
{
    /// <summary>Gets or sets what to play.</summary>
    [Value(0, MetaName = "input", HelpText = "A glob of sequence folders (quote it: \"data/sequences/*\"), a folder of frames, a video file, a camera index or a stream URL. Default 0 (the first camera), as in VATE.")]
    public string? Input { get; set; }

    /// <summary>Gets or sets the ground truth.</summary>
    [Value(1, MetaName = "annotations", HelpText = "COCO ground truth whose file_name entries are <sequence>/<frame>.jpg; the run is scored against it (scores.json and the COCO table). Default none.")]
    public string? Annotations { get; set; }

    [Option("config", HelpText = "A JSON object of option names to values (for example {\"detection-rate\": 3, \"tiers\": \"device,server\"}); flags on the command line win. Default none.")]
    public string? Config { get; set; }

    [Option("detection-rate", Default = 5, HelpText = "N, in frames: sync mode waits for the primary detector on every N-th frame; async mode never shows a result more than N frames stale.")]
    public int DetectionRate { get; set; } = 5;

    [Option("mode", Default = "async", HelpText = "async: the primary detector takes a frame whenever it is free and the device waits only when its result lags N frames (VATE's default); sync: every N-th frame waits for it.")]
    public string Mode { get; set; } = "async";

    [Option("sync", HelpText = "Same as --mode sync (VATE's flag).")]
    public bool Sync { get; set; }

    [Option("tiers", Default = "device,server,cloud", HelpText = "Tiers to use, lowest first is the primary detector paced by --detection-rate: device,server,cloud; device (device alone); server (the edge server alone, e.g. with --detection-rate 1 --sync on every frame as a ceiling); device,server; ...")]
    public string Tiers { get; set; } = "device,server,cloud";

    [Option("output", HelpText = "Folder for the outputs, created when missing. Default a new folder runs/<yyyyMMdd-HHmmss> under the current folder.")]
    public string? Output { get; set; }

    // Device tier.
    [Option("device-model", Default = "fastestdet", HelpText = "The device's light detector: a catalogue name (fastestdet, yolo-fastest-1.1, nanodet-m-320, picodet-s-320, ...) or an .onnx path with --model-family.")]
    public string DeviceModel { get; set; } = "fastestdet";

    [Option("device-threshold", Default = 0.2f, HelpText = "Lowest score the device detector keeps.")]
    public float DeviceThreshold { get; set; } = 0.2f;

    [Option("device-threads", Default = 1, HelpText = "Threads of one device inference (0 lets ONNX Runtime choose; CPU time is exact only with 1).")]
    public int DeviceThreads { get; set; } = 1;

    // Edge server tier.
    [Option("server-endpoint", HelpText = "Comma-separated edge servers (tcp://host:port), requests spread over them with failover. Default none: an edge server runs in this process on an inproc:// endpoint.")]
    public string? ServerEndpoint { get; set; }

    [Option("server-model", Default = "yolox-nano", HelpText = "The embedded edge server's model(s), comma-separated (two or more are fused by weighted box fusion).")]
    public string ServerModel { get; set; } = "yolox-nano";

    [Option("server-policy", Default = "async", HelpText = "When the edge server gets a frame (when it is not the primary): async (whenever free), every-n, confidence (frames the device is unsure of) or bandwidth (encoding fitted to the measured uplink).")]
    public string ServerPolicy { get; set; } = "async";

    [Option("server-every", Default = 5, HelpText = "N of --server-policy every-n.")]
    public int ServerEvery { get; set; } = 5;

    [Option("server-threshold", Default = 0.25f, HelpText = "Lowest score the edge server keeps.")]
    public float ServerThreshold { get; set; } = 0.25f;

    [Option("server-size", Default = "640x512", HelpText = "Largest frame sent to the edge server (VATE's size): WIDTHxHEIGHT (fit inside, aspect kept, never enlarged) or native.")]
    public string ServerSize { get; set; } = "640x512";

    [Option("server-jpeg-quality", HelpText = "JPEG quality of frames for the edge server. Default --jpeg-quality.")]
    public int? ServerJpegQuality { get; set; }

    [Option("server-deadline-ms", HelpText = "How long an edge-server request may take before it counts as failed. Default --deadline-ms.")]
    public int? ServerDeadlineMs { get; set; }

    [Option("server-threads", Default = 1, HelpText = "Threads of one embedded edge-server inference.")]
    public int ServerThreads { get; set; } = 1;

    [Option("server-workers", Default = 1, HelpText = "Inference workers of the embedded edge server.")]
    public int ServerWorkers { get; set; } = 1;

    [Option("server-max-in-flight", Default = 1, HelpText = "Requests in flight to the edge server at once, 1 to 16 (VATE: 1); more let a server with several workers serve this device in parallel.")]
    public int ServerMaxInFlight { get; set; } = 1;

    // Cloud tier.
    [Option("cloud-endpoint", HelpText = "Comma-separated cloud servers (tcp://host:port). Default none: the cloud runs in this process on an inproc:// endpoint.")]
    public string? CloudEndpoint { get; set; }

    [Option("cloud-models", Default = "picodet-s-416,yolox-nano", HelpText = "The embedded cloud's models, comma-separated, fused by weighted box fusion.")]
    public string CloudModels { get; set; } = "picodet-s-416,yolox-nano";

    [Option("cloud-slices", Default = "none", HelpText = "Sliced inference in the embedded cloud: a tile grid COLUMNSxROWS such as 2x2 (each model also runs the whole frame unless --cloud-no-full-frame), or none.")]
    public string CloudSlices { get; set; } = "none";

    [Option("cloud-slice-overlap", Default = 0.2f, HelpText = "Overlap of neighbouring tiles, in [0, 0.9].")]
    public float CloudSliceOverlap { get; set; } = 0.2f;

    [Option("cloud-no-full-frame", HelpText = "With --cloud-slices, run the tiles only, not the whole frame too.")]
    public bool CloudNoFullFrame { get; set; }

    [Option("cloud-policy", Default = "every-n", HelpText = "When the cloud gets a frame: every-n (VATE: every 5th frame when it is free), async, confidence or bandwidth.")]
    public string CloudPolicy { get; set; } = "every-n";

    [Option("cloud-every", Default = 5, HelpText = "N of --cloud-policy every-n.")]
    public int CloudEvery { get; set; } = 5;

    [Option("cloud-threshold", Default = 0.25f, HelpText = "Lowest score the cloud keeps.")]
    public float CloudThreshold { get; set; } = 0.25f;

    [Option("cloud-size", Default = "1333x800", HelpText = "Largest frame sent to the cloud (VATE's size): WIDTHxHEIGHT (fit inside, never enlarged) or native.")]
    public string CloudSize { get; set; } = "1333x800";

    [Option("cloud-jpeg-quality", HelpText = "JPEG quality of frames for the cloud. Default --jpeg-quality.")]
    public int? CloudJpegQuality { get; set; }

    [Option("cloud-deadline-ms", HelpText = "How long a cloud request may take before it counts as failed. Default 2.5 x --deadline-ms.")]
    public int? CloudDeadlineMs { get; set; }

    [Option("cloud-threads", Default = 1, HelpText = "Threads of one embedded cloud inference.")]
    public int CloudThreads { get; set; } = 1;

    [Option("cloud-workers", Default = 1, HelpText = "Inference workers of the embedded cloud.")]
    public int CloudWorkers { get; set; } = 1;

    [Option("cloud-max-in-flight", Default = 1, HelpText = "Requests in flight to the cloud at once, 1 to 16 (VATE: 1); more let a cloud with several workers serve this device in parallel.")]
    public int CloudMaxInFlight { get; set; } = 1;

    // Shared.
    [Option("model-family", HelpText = "Family of models given as .onnx paths: yolox, yolov5, yolov8, picodet, nanodet, fastestdet. Default none (catalogue names need none).")]
    public string? ModelFamily { get; set; }

    [Option("nms", Default = 0.45f, HelpText = "IoU above which every tier suppresses the weaker of two same-class boxes.")]
    public float Nms { get; set; } = 0.45f;

    [Option("jpeg-quality", Default = 90, HelpText = "JPEG quality of frames sent to remote tiers, 1-100 (VATE's).")]
    public int JpegQuality { get; set; } = 90;

    [Option("deadline-ms", Default = 2000, HelpText = "How long a request to the edge server may take before it counts as failed (the cloud gets 2.5 times as long); a failed tier is skipped and probed until it answers.")]
    public int DeadlineMs { get; set; } = 2000;

    [Option("fusion", Default = "ours", HelpText = "How results of the tiers are merged: ours (class- and score-aware, tier trust, time-to-live) or vate (VATE's rule).")]
    public string Fusion { get; set; } = "ours";

    [Option("device-score-weight", Default = 1.0f, HelpText = "Factor on the device detector's scores before fusion (ours only): below 1, boxes only the light detector vouches for rank below boxes a heavier tier confirmed.")]
    public float DeviceScoreWeight { get; set; } = 1.0f;

    [Option("tracker", Default = "median-flow", HelpText = "Tracker between detections and for bringing late results forward: median-flow, motion (Kalman, no image) or kcf.")]
    public string Tracker { get; set; } = "median-flow";

    [Option("track-min-score", Default = 0.3f, HelpText = "Objects scoring below this are not followed by the tracker (they stay put and fade); fewer followed objects make tracking cheaper. VATE uses 0.2.")]
    public float TrackMinScore { get; set; } = 0.3f;

    [Option("tracking-width", Default = 640, HelpText = "Width frames are shrunk to for tracking (VATE's).")]
    public int TrackingWidth { get; set; } = 640;

    [Option("catch-up-steps", Default = 12, HelpText = "Most tracker steps a late result is replayed over (0: every missed frame).")]
    public int CatchUpSteps { get; set; } = 12;

    [Option("history-seconds", Default = 4.0, HelpText = "Stream time of frames kept for bringing late results forward; older results are dropped.")]
    public double HistorySeconds { get; set; } = 4.0;

    [Option("realtime", HelpText = "Play files at their frame rate (--fps for image sequences) and drop frames the device is too slow for, as a camera would; the boxes on screen at a dropped frame's time are scored for it. Default off: every frame is processed, as fast as possible.")]
    public bool RealTime { get; set; }

    [Option("max-fps", HelpText = "Show at most this many frames per second without dropping any (VATE's replay cap is 24). Default none: as fast as the device can.")]
    public double? MaxFps { get; set; }

    [Option("fps", Default = 25.0, HelpText = "Frame rate of image sequences, which carry none (timestamps, --realtime pace, --video-out).")]
    public double Fps { get; set; } = 25.0;

    [Option("max-frames", HelpText = "Play at most this many frames of each sequence (quick runs). Default all.")]
    public int? MaxFrames { get; set; }

    [Option("prefetch", Default = 8, HelpText = "Frames decoded ahead on a background thread, so decoding overlaps detection and tracking.")]
    public int Prefetch { get; set; } = 8;

    [Option("reconnect-seconds", Default = 30.0, HelpText = "How long a lost camera or stream is reopened, with growing waits, before the run ends; 0 ends at the first loss. Files are never reopened.")]
    public double ReconnectSeconds { get; set; } = 30.0;

    [Option("decode-only", HelpText = "Only decode the input and report the source's own frame rate (no detection, no tiers).")]
    public bool DecodeOnly { get; set; }

    [Option("video-out", HelpText = "Record the shown frames with their boxes into this .mp4 (mp4v). Default none.")]
    public string? VideoOut { get; set; }

    [Option("frames-out", HelpText = "Write every shown frame with its boxes into this new folder as <sequence>/<frame>.jpg. Default none.")]
    public string? FramesOut { get; set; }

    [Option("max-dets", Default = "100,500,1000", HelpText = "COCO evaluation's detection limits (three or more); VATE's, while 1,10,100 gives COCO's own.")]
    public string MaxDets { get; set; } = "100,500,1000";

    [Option("class-map", HelpText = "JSON object from detector class names to annotation category names, e.g. {\"person\": \"pedestrian\", \"train\": null}; synonyms (airplane/aeroplane, ...) are built in. Default none.")]
    public string? ClassMap { get; set; }

    [Option("no-progress", HelpText = "Print no progress (the bar on a terminal, a line every 5 seconds otherwise).")]
    public bool NoProgress { get; set; }

    /// <summary>Gets or sets the raw command line, so that --config knows which options were given explicitly.</summary>
    internal static IReadOnlyList<string> CommandLine { get; set; } = [];

    /// <summary>Gets the options the run uses, built by <see cref="Validate"/>.</summary>
    internal Pipeline.Device.DeviceRunOptions? Built { get; private set; }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        var problems = new List<string>();
        if (Config is not null)
        {
            problems.AddRange(ConfigFile.Apply(this, Config, CommandLine));
        }

        if (problems.Count == 0)
        {
            Built = RunOptionsMapper.TryBuild(this, problems);
        }

        return problems;
    }
}
