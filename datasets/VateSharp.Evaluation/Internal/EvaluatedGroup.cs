// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation.Internal;

/// <summary>
/// What pycocotools' evaluateImg gives for one (category, image) with any ground truth or detection, for every
/// area range at once: the kept detections' scores best first and, per area range and IoU threshold, whether each
/// was matched and whether it is ignored.
/// </summary>
internal sealed class EvaluatedGroup
{
    /// <summary>Bit set in <see cref="Flags"/> when the detection matched a ground truth with a non-zero id.</summary>
    public const byte Matched = 1;

    /// <summary>Bit set in <see cref="Flags"/> when the detection is ignored (matched an ignored gt, or out of range).</summary>
    public const byte Ignored = 2;

    public EvaluatedGroup(int categoryIndex, int imageIndex, double[] scores, byte[] flags, int[] countedGroundTruth)
    {
        CategoryIndex = categoryIndex;
        ImageIndex = imageIndex;
        Scores = scores;
        Flags = flags;
        CountedGroundTruth = countedGroundTruth;
    }

    public int CategoryIndex { get; }

    public int ImageIndex { get; }

    /// <summary>Gets the kept detections' scores, highest first (stable on file order), at most maxDets[-1].</summary>
    public double[] Scores { get; }

    /// <summary>Gets the flags, indexed <c>(area * T + threshold) * D + detection</c>.</summary>
    public byte[] Flags { get; }

    /// <summary>Gets, per area range, how many ground truths are not ignored (pycocotools' npig share).</summary>
    public int[] CountedGroundTruth { get; }
}
