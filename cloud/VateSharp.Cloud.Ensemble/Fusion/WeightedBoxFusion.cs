// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Cloud.Ensemble.Fusion;

/// <summary>
/// Weighted boxes fusion, after Solovyev, Wang and Gabruseva, "Weighted boxes fusion: Ensembling boxes from
/// different object detection models" (2019, arXiv:1910.13302). Unlike NMS it keeps no single box: every box of a
/// cluster contributes to the fused coordinates in proportion to its confidence.
/// </summary>
public static class WeightedBoxFusion
{
    /// <summary>Fuses the detections of several models of one image.</summary>
    /// <param name="perModel">Each model's detections, in the same pixel frame and class numbering.</param>
    /// <param name="weights">One weight per model; <see langword="null"/> gives every model weight 1.</param>
    /// <param name="options">Thresholds; <see langword="null"/> uses <see cref="WbfOptions.Default"/>.</param>
    /// <returns>Fused detections, highest confidence first.</returns>
    /// <remarks>
    /// Per class: boxes are sorted by weighted confidence (score times model weight); each joins the first cluster
    /// whose current fused box it overlaps with IoU above the threshold, or starts a new one. A cluster's fused box
    /// is the confidence-weighted mean of its boxes' corners and its confidence the mean weighted confidence. Last,
    /// confidence is multiplied by min(T, N) / (sum of weights) with T the cluster size and N the number of models,
    /// which for unit weights is the paper's min(T, N) / N.
    /// </remarks>
    public static IReadOnlyList<Detection> Fuse(
        IReadOnlyList<IReadOnlyList<Detection>> perModel, IReadOnlyList<float>? weights = null, WbfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(perModel);
        options ??= WbfOptions.Default;
        if (weights is not null && weights.Count != perModel.Count)
        {
            throw new ArgumentException(
                $"Expected one weight per model ({perModel.Count}); got {weights.Count}.", nameof(weights));
        }

        var weightSum = 0f;
        var candidates = new List<(Detection Detection, float Confidence)>();
        for (var m = 0; m < perModel.Count; m++)
        {
            var weight = weights?[m] ?? 1f;
            weightSum += weight;
            foreach (var detection in perModel[m])
            {
                if (detection.Score >= options.SkipBoxThreshold && !detection.Box.IsEmpty)
                {
                    candidates.Add((detection, detection.Score * weight));
                }
            }
        }

        var fused = new List<Detection>();
        foreach (var byClass in candidates.GroupBy(c => c.Detection.ClassId))
        {
            var clusters = new List<Cluster>();
            foreach (var (detection, confidence) in byClass.OrderByDescending(c => c.Confidence))
            {
                var target = clusters.FirstOrDefault(c => c.Fused.IoU(detection.Box) > options.IouThreshold);
                if (target is null)
                {
                    target = new Cluster(detection.Label);
                    clusters.Add(target);
                }

                target.Add(detection.Box, confidence);
            }

            foreach (var cluster in clusters)
            {
                var score = cluster.MeanConfidence;
                if (options.RescaleByModelCount && weightSum > 0f)
                {
                    score *= Math.Min(cluster.Count, perModel.Count) / weightSum;
                }

                fused.Add(new Detection(cluster.Fused, byClass.Key, cluster.Label, Math.Clamp(score, 0f, 1f)));
            }
        }

        return fused.OrderByDescending(d => d.Score).ToArray();
    }

    /// <summary>The boxes fused so far for one object, with running sums for the weighted mean.</summary>
    private sealed class Cluster(string label)
    {
        private float _x1;
        private float _y1;
        private float _x2;
        private float _y2;
        private float _confidence;

        public string Label { get; } = label;

        public int Count { get; private set; }

        public BoundingBox Fused { get; private set; }

        public float MeanConfidence => Count == 0 ? 0f : _confidence / Count;

        public void Add(BoundingBox box, float confidence)
        {
            _x1 += box.X1 * confidence;
            _y1 += box.Y1 * confidence;
            _x2 += box.X2 * confidence;
            _y2 += box.Y2 * confidence;
            _confidence += confidence;
            Count++;
            Fused = _confidence > 0f
                ? new BoundingBox(_x1 / _confidence, _y1 / _confidence, _x2 / _confidence, _y2 / _confidence)
                : box;
        }
    }
}
