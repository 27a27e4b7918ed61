// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>Settings of the built-in offload policies; each names the policies that read it.</summary>
public sealed class OffloadPolicyOptions
{
    /// <summary>Gets the defaults.</summary>
    public static OffloadPolicyOptions Default { get; } = new();

    /// <summary>Gets the JPEG quality of every policy but bandwidth. Default 90 (VATE).</summary>
    public int JpegQuality { get; init; } = 90;

    /// <summary>Gets the factor on width and height of every policy but bandwidth. Default 1 (full size).</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>Gets N for every-n: frames whose index is a multiple of N are sent if the tier is free. Default 5 (VATE's cloud).</summary>
    public int EveryN { get; init; } = 5;

    /// <summary>
    /// Gets how often a tier marked unhealthy is still sent a frame, to notice it has come back (all
    /// policies). Default 1 second of stream time.
    /// </summary>
    public TimeSpan ProbeInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets, for confidence, the mean light-detector score below which a frame is hard. Default 0.5.</summary>
    public float HardMeanScore { get; init; } = 0.5f;

    /// <summary>Gets, for confidence, the score below which a box counts as unsure. Default 0.4.</summary>
    public float UnsureScore { get; init; } = 0.4f;

    /// <summary>Gets, for confidence, the share of unsure boxes from which a frame is hard. Default 0.5.</summary>
    public float HardUnsureFraction { get; init; } = 0.5f;

    /// <summary>
    /// Gets, for confidence, how many detector runs in a row may find nothing before the frame is sent anyway:
    /// an empty result is the one a light detector is least sure of (a hard-example filter that never sends
    /// empty frames never recovers the objects it missed). Default 3.
    /// </summary>
    public int EmptyRunsBeforeSend { get; init; } = 3;

    /// <summary>Gets, for confidence, the most frames between two sends whatever the detector says. Default 30.</summary>
    public int MaxFramesBetweenSends { get; init; } = 30;

    /// <summary>Gets, for bandwidth, the time a frame's upload should take at most. Default 150 ms.</summary>
    public TimeSpan UploadDeadline { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Gets, for bandwidth, the share of the measured throughput planned for. Default 0.8.</summary>
    public double Headroom { get; init; } = 0.8;

    /// <summary>
    /// Gets, for bandwidth, the encodings from best to cheapest; the first whose predicted size fits the budget
    /// is used, the last when none fits. Default: quality 90, 80 and 70 at full size, then 80 and 60 at 0.75,
    /// 70 and 50 at 0.5, and 50 at 0.35.
    /// </summary>
    public IReadOnlyList<EncodingRung> Ladder { get; init; } =
    [
        new(90, 1.0), new(80, 1.0), new(70, 1.0), new(80, 0.75), new(60, 0.75), new(70, 0.5), new(50, 0.5), new(50, 0.35),
    ];

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        RequireQuality(JpegQuality, nameof(JpegQuality));
        RequireScale(Scale, nameof(Scale));
        Require(EveryN >= 1, nameof(EveryN), EveryN, "at least 1");
        Require(ProbeInterval > TimeSpan.Zero, nameof(ProbeInterval), ProbeInterval.TotalSeconds, "positive");
        Require(HardMeanScore is >= 0f and <= 1f, nameof(HardMeanScore), HardMeanScore, "in [0, 1]");
        Require(UnsureScore is >= 0f and <= 1f, nameof(UnsureScore), UnsureScore, "in [0, 1]");
        Require(HardUnsureFraction is > 0f and <= 1f, nameof(HardUnsureFraction), HardUnsureFraction, "in (0, 1]");
        Require(EmptyRunsBeforeSend >= 1, nameof(EmptyRunsBeforeSend), EmptyRunsBeforeSend, "at least 1");
        Require(MaxFramesBetweenSends >= 1, nameof(MaxFramesBetweenSends), MaxFramesBetweenSends, "at least 1");
        Require(UploadDeadline > TimeSpan.Zero, nameof(UploadDeadline), UploadDeadline.TotalSeconds, "positive");
        Require(Headroom is > 0.0 and <= 1.0, nameof(Headroom), Headroom, "in (0, 1]");
        ArgumentNullException.ThrowIfNull(Ladder);
        Require(Ladder.Count >= 1, nameof(Ladder), Ladder.Count, "non-empty");
        foreach (var rung in Ladder)
        {
            RequireQuality(rung.JpegQuality, nameof(Ladder));
            RequireScale(rung.Scale, nameof(Ladder));
        }
    }

    private static void RequireQuality(int quality, string name) => Require(quality is >= 1 and <= 100, name, quality, "a JPEG quality in [1, 100]");

    private static void RequireScale(double scale, string name) => Require(scale is > 0.0 and <= 1.0, name, scale, "a scale in (0, 1]");

    private static void Require(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}, but it is {value}.");
        }
    }
}
