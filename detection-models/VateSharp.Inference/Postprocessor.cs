// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Runtime.InteropServices;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference;

/// <summary>
/// Turns decoded candidates (network-input pixels) into detections in image pixels: map back through the
/// letterbox, keep the best <see cref="PostprocessOptions.MaxCandidates"/>, suppress overlaps, keep the best <see cref="PostprocessOptions.MaxDetections"/>, clip to the image unless told not to.
/// </summary>
public static class Postprocessor
{
    /// <summary>Finishes one image.</summary>
    /// <param name="candidates">The decoder's candidates; reordered and overwritten.</param>
    /// <param name="transform">The mapping the pre-processing used.</param>
    /// <param name="imageWidth">The original image width, for clipping.</param>
    /// <param name="imageHeight">The original image height, for clipping.</param>
    /// <param name="options">The thresholds.</param>
    /// <param name="classNames">Labels by class id; ids beyond the list are labelled <c>class N</c>.</param>
    public static IReadOnlyList<Detection> Finish(
        List<DetectionCandidate> candidates,
        LetterboxTransform transform,
        int imageWidth,
        int imageHeight,
        PostprocessOptions options,
        IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(classNames);

        // Suppress in image pixels, as the references do: a stretch changes the aspect ratio and hence IoU.
        var span = CollectionsMarshal.AsSpan(candidates);
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = span[i] with { Box = transform.ToSource(span[i].Box) };
        }

        var kept = CandidateFilters.KeepAtLeast(span, options.ScoreThreshold);
        if (kept > options.MaxCandidates)
        {
            span[..kept].Sort(static (a, b) => b.Score.CompareTo(a.Score));
            kept = Math.Max(options.MaxCandidates, 0);
        }

        kept = NonMaxSuppression.Apply(span[..kept], options.NmsThreshold, options.ClassAwareNms, options.MaxDetections);

        var detections = new List<Detection>(kept);
        foreach (var candidate in span[..kept])
        {
            var box = options.ClipToImage ? candidate.Box.Clip(imageWidth, imageHeight) : candidate.Box;
            if (box.IsEmpty)
            {
                continue;
            }

            var label = candidate.ClassId < classNames.Count ? classNames[candidate.ClassId] : $"class {candidate.ClassId}";
            detections.Add(new Detection(box, candidate.ClassId, label, candidate.Score));
        }

        return detections;
    }
}
