// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Internal;

namespace VateSharp.Evaluation;

/// <summary>
/// pycocotools' accumulated arrays: interpolated precision [T, R, K, A, M] and recall [T, K, A, M], −1 where a
/// category has no ground truth (or nothing at all) in the images and area range.
/// </summary>
public sealed class CocoAccumulation
{
    private readonly CocoEvaluation _evaluation;
    private readonly Shape _shape;
    private readonly double[] _precision;
    private readonly double[] _recall;

    internal CocoAccumulation(CocoEvaluation evaluation, Shape shape, double[] precision, double[] recall)
    {
        _evaluation = evaluation;
        _shape = shape;
        _precision = precision;
        _recall = recall;
    }

    /// <summary>Gets the precision at IoU threshold t, recall point r, category k, area range a and limit m.</summary>
    /// <param name="t">IoU-threshold index.</param>
    /// <param name="r">Recall-threshold index.</param>
    /// <param name="k">Category index (position in <see cref="CocoEvaluation.Categories"/>).</param>
    /// <param name="a">Area-range index.</param>
    /// <param name="m">Detection-limit index.</param>
    /// <returns>The interpolated precision, or −1.</returns>
    public double GetPrecision(int t, int r, int k, int a, int m) => _precision[_shape.PrecisionIndex(t, r, k, a, m)];

    /// <summary>Gets the final recall at IoU threshold t, category k, area range a and limit m.</summary>
    /// <param name="t">IoU-threshold index.</param>
    /// <param name="k">Category index.</param>
    /// <param name="a">Area-range index.</param>
    /// <param name="m">Detection-limit index.</param>
    /// <returns>The recall, or −1.</returns>
    public double GetRecall(int t, int k, int a, int m) => _recall[_shape.RecallIndex(t, k, a, m)];

    /// <summary>Returns the twelve numbers over all categories (pycocotools' summarize()).</summary>
    /// <returns>The summary.</returns>
    public CocoSummary Summarize() => Summarize(null);

    /// <summary>Returns the twelve numbers for one category.</summary>
    /// <param name="categoryIndex">The category's position in <see cref="CocoEvaluation.Categories"/>.</param>
    /// <returns>The summary.</returns>
    public CocoSummary Summarize(int categoryIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(categoryIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(categoryIndex, _shape.K);

        return Summarize((int?)categoryIndex);
    }

    private CocoSummary Summarize(int? categoryIndex)
    {
        var options = _evaluation.Options;
        var definitions = StatDefinition.For(options.MaxDetections);
        var values = definitions.Select(d => Mean(d, categoryIndex)).ToArray();
        return new CocoSummary(
            values[0], values[1], values[2], values[3], values[4], values[5],
            values[6], values[7], values[8], values[9], values[10], values[11])
        {
            MaxDetections = [.. options.MaxDetections.Take(3)],
            IouRange = (options.IouThresholds[0], options.IouThresholds[^1]),
        };
    }

    /// <summary>The mean of the slice's entries above −1, in numpy's C order and summation; −1 when there are none.</summary>
    private double Mean(StatDefinition definition, int? categoryIndex)
    {
        var options = _evaluation.Options;
        var thresholds = Enumerable.Range(0, _shape.T)
            .Where(t => definition.Iou is not { } iou || options.IouThresholds[t] == iou).ToArray();
        var areas = Enumerable.Range(0, _shape.A).Where(a => options.AreaRanges[a].Label == definition.Area).ToArray();
        var limits = Enumerable.Range(0, _shape.M)
            .Where(m => options.MaxDetections[m] == definition.MaxDetections).ToArray();
        var categories = categoryIndex is { } only ? [only] : Enumerable.Range(0, _shape.K).ToArray();
        var recallPoints = definition.IsPrecision ? _shape.R : 1;

        var values = new List<double>();
        foreach (var t in thresholds)
        {
            for (var r = 0; r < recallPoints; r++)
            {
                foreach (var k in categories)
                {
                    foreach (var a in areas)
                    {
                        foreach (var m in limits)
                        {
                            var value = definition.IsPrecision ? GetPrecision(t, r, k, a, m) : GetRecall(t, k, a, m);
                            if (value > -1)
                            {
                                values.Add(value);
                            }
                        }
                    }
                }
            }
        }

        return values.Count == 0 ? -1 : NumpyMath.Mean(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values));
    }
}
