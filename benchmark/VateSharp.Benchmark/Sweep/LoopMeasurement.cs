// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// One timed pass of a frame loop over the same list of frames: ours (<c>benchmark loop</c>), the Python OpenCV
/// peer (scripts/peer/opencv_loop.py), or ours reading frames only. Both programs print this JSON object.
/// </summary>
public sealed record LoopMeasurement
{
    /// <summary>Implementation of <c>benchmark loop</c>.</summary>
    public const string Ours = "vatesharp";

    /// <summary>Implementation of scripts/peer/opencv_loop.py.</summary>
    public const string Peer = "python-opencv";

    /// <summary>"vatesharp" or "python-opencv".</summary>
    public required string Implementation { get; init; }

    /// <summary>False when the loop could not run on this machine; <see cref="Reason"/> then says why.</summary>
    public bool Available { get; init; } = true;

    /// <summary>Why the loop could not run; null when it ran.</summary>
    public string? Reason { get; init; }

    /// <summary>The catalogue model, or null when only frames were read.</summary>
    public string? Model { get; init; }

    /// <summary>What ran the network, e.g. "ONNX Runtime 1.32.0 (cpu)" or "OpenCV DNN 4.6.0 (CPU) ...".</summary>
    public string? Backend { get; init; }

    /// <summary>Whether the loop only read (decoded) the frames.</summary>
    public bool DecodeOnly { get; init; }

    /// <summary>Frames timed.</summary>
    public int Frames { get; init; }

    /// <summary>Frames run before the clock started.</summary>
    public int WarmupFrames { get; init; }

    /// <summary>Wall time of the timed frames in seconds.</summary>
    public double Seconds { get; init; }

    /// <summary>Frames per second over the timed frames.</summary>
    public double Fps { get; init; }

    /// <summary>Median time of one frame (read, and detect unless decode-only) in milliseconds.</summary>
    public double FrameMsMedian { get; init; }

    /// <summary>Boxes kept after NMS over all timed frames; a sanity check that both loops detect alike.</summary>
    public long Detections { get; init; }
}
