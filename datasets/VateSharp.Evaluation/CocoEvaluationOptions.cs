// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Internal;

namespace VateSharp.Evaluation;

/// <summary>Parameters of a COCO bounding-box evaluation; the defaults are pycocotools' for <c>iouType='bbox'</c>.</summary>
public sealed class CocoEvaluationOptions
{
    /// <summary>Gets the pycocotools defaults.</summary>
    public static CocoEvaluationOptions Default { get; } = new();

    /// <summary>
    /// Gets the limits on detections per image and category, sorted ascending before use (default 1, 10, 100;
    /// VATE uses 100, 500, 1000). Summaries need at least three: AR1/AR10/AR100 use the first three, the AP
    /// columns other than AP use the third, and AP itself uses the literal 100 as pycocotools does (−1 when 100
    /// is not among them).
    /// </summary>
    public IReadOnlyList<int> MaxDetections { get; init; } = [1, 10, 100];

    /// <summary>
    /// Gets the IoU thresholds (default np.linspace(.5, .95, 10), whose values are not exactly 0.55, 0.6, ...;
    /// AP50 and AP75 look their thresholds up by exact equality, as pycocotools does).
    /// </summary>
    public IReadOnlyList<double> IouThresholds { get; init; } = NumpyMath.Linspace(0.5, 0.95, 10);

    /// <summary>Gets the recall points of the interpolated precision (default np.linspace(0, 1, 101)).</summary>
    public IReadOnlyList<double> RecallThresholds { get; init; } = NumpyMath.Linspace(0.0, 1.0, 101);

    /// <summary>Gets the object-size ranges (default <see cref="AreaRange.CocoDefaults"/>).</summary>
    public IReadOnlyList<AreaRange> AreaRanges { get; init; } = AreaRange.CocoDefaults;

    /// <summary>Throws when the options cannot drive an evaluation.</summary>
    /// <exception cref="ArgumentException">A list is empty or a value is out of range.</exception>
    public void Validate()
    {
        if (MaxDetections.Count < 3 || MaxDetections.Any(m => m < 1))
        {
            throw new ArgumentException(
                $"MaxDetections needs at least three positive values (pycocotools summarizes maxDets[0..2]), got " +
                $"[{string.Join(", ", MaxDetections)}]; the default is 1, 10, 100.",
                nameof(MaxDetections));
        }

        if (IouThresholds.Count == 0 || IouThresholds.Any(t => t is < 0 or > 1))
        {
            throw new ArgumentException(
                "IouThresholds needs at least one value in [0, 1]; the default is np.linspace(.5, .95, 10).",
                nameof(IouThresholds));
        }

        if (RecallThresholds.Count == 0)
        {
            throw new ArgumentException(
                "RecallThresholds needs at least one value; the default is np.linspace(0, 1, 101).",
                nameof(RecallThresholds));
        }

        if (AreaRanges.Count == 0)
        {
            throw new ArgumentException(
                "AreaRanges needs at least one range; the default is all, small, medium, large.", nameof(AreaRanges));
        }
    }
}
