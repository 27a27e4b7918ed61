// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Tests.Support;

/// <summary>
/// A compact text form for hand-built fusion cases. An object is <c>T:label@x1,y1,x2,y2</c> with T the tier
/// (D device, E edge server, C cloud); a detection is <c>label@x1,y1,x2,y2</c>; items are separated by <c>;</c>.
/// </summary>
internal static class Spec
{
    public static IReadOnlyList<TrackedObject> Objects(string text)
    {
        var id = 1000;
        return Items(text).Select(item =>
        {
            var tier = TierOf(item[0]);
            var tracked = Support.Objects.Tracked(id++, Box(item[2..]), Label(item[2..]), 0.9f, tier);
            return tracked with { ClassSource = tier };
        }).ToArray();
    }

    public static IReadOnlyList<Detection> Detections(string text) =>
        Items(text).Select(item => Support.Objects.Detection(Box(item), Label(item), 0.8f)).ToArray();

    public static string Format(IEnumerable<TrackedObject> objects) =>
        string.Join(';', objects
            .Select(o => $"{Letter(o.Source)}:{o.Label}@{o.Box.X1.ToString(CultureInfo.InvariantCulture)},{o.Box.Y1.ToString(CultureInfo.InvariantCulture)},{o.Box.X2.ToString(CultureInfo.InvariantCulture)},{o.Box.Y2.ToString(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal));

    public static string Normalise(string text) => string.Join(';', Items(text).Order(StringComparer.Ordinal));

    private static IEnumerable<string> Items(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Label(string item) => item[..item.IndexOf('@', StringComparison.Ordinal)];

    private static BoundingBox Box(string item)
    {
        var v = item[(item.IndexOf('@', StringComparison.Ordinal) + 1)..].Split(',').Select(s => float.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }

    private static Tier TierOf(char letter) => letter switch
    {
        'D' => Tier.Device,
        'E' => Tier.EdgeServer,
        'C' => Tier.Cloud,
        _ => throw new ArgumentException($"Unknown tier letter {letter}."),
    };

    private static char Letter(Tier tier) => tier switch
    {
        Tier.Device => 'D',
        Tier.EdgeServer => 'E',
        _ => 'C',
    };
}
