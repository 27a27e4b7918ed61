// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Tests.Support;

/// <summary>Short constructors for test objects.</summary>
internal static class Objects
{
    public static TrackedObject Tracked(
        int id, BoundingBox box, string label = "car", float score = 0.9f, Tier tier = Tier.Device) =>
        TrackedObject.FromDetection(id, Detection(box, label, score), tier);

    public static Detection Detection(BoundingBox box, string label = "car", float score = 0.9f) =>
        new(box, LabelId(label), label, score);

    public static Detection Detection(float x1, float y1, float x2, float y2, string label = "car", float score = 0.9f) =>
        Detection(new BoundingBox(x1, y1, x2, y2), label, score);

    private static int LabelId(string label)
    {
        var index = -1;
        for (var i = 0; i < CocoClasses.Names.Count; i++)
        {
            if (CocoClasses.Names[i] == label)
            {
                index = i;
            }
        }

        return index >= 0 ? index : 100 + label.Length;
    }
}
