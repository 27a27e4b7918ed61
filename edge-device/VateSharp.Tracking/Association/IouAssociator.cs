// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Matching;

namespace VateSharp.Tracking.Association;

/// <summary>
/// Pairs followed objects with new boxes by IoU, weighted by how well the classes agree: same class counts in
/// full, a compatible class (<see cref="ClassGroups"/>) a little less, and an unrelated class only when the boxes
/// nearly coincide. Pure: no image is involved.
/// </summary>
public static class IouAssociator
{
    /// <summary>Pairs <paramref name="objects"/> with <paramref name="boxes"/>.</summary>
    public static Association Associate(
        IReadOnlyList<TrackedObject> objects, IReadOnlyList<Detection> boxes, AssociationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(boxes);
        options ??= AssociationOptions.Default;
        options.Validate();

        var weight = new double[objects.Count, boxes.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            for (var j = 0; j < boxes.Count; j++)
            {
                weight[i, j] = Weight(objects[i], boxes[j], options);
            }
        }

        // Every admissible pair already has a positive weight, so the smallest representable threshold keeps them.
        var matches = Matcher.Match(weight, double.Epsilon, options.Method);
        var objectMatched = new bool[objects.Count];
        var boxMatched = new bool[boxes.Count];
        foreach (var match in matches)
        {
            objectMatched[match.Row] = true;
            boxMatched[match.Column] = true;
        }

        return new Association(
            matches,
            Enumerable.Range(0, objects.Count).Where(i => !objectMatched[i]).ToArray(),
            Enumerable.Range(0, boxes.Count).Where(j => !boxMatched[j]).ToArray());
    }

    private static double Weight(TrackedObject tracked, Detection box, AssociationOptions options)
    {
        double iou = tracked.Box.IoU(box.Box);
        if (SameClass(tracked, box))
        {
            return iou >= options.MinIoU ? iou : 0.0;
        }

        if (options.Compatibility.AreCompatible(tracked.Label, box.Label))
        {
            return iou >= options.MinIoU ? iou * options.CompatibleClassWeight : 0.0;
        }

        return iou >= options.CrossClassMinIoU ? iou * options.CrossClassWeight : 0.0;
    }

    // Labels decide when both sides have one, since tiers may number classes differently.
    private static bool SameClass(TrackedObject tracked, Detection box) =>
        string.IsNullOrEmpty(tracked.Label) || string.IsNullOrEmpty(box.Label)
            ? tracked.ClassId == box.ClassId
            : string.Equals(tracked.Label, box.Label, StringComparison.OrdinalIgnoreCase);
}
