// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Geometry;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>The annotated boxes of every frame, by file name, to compare shown boxes with.</summary>
internal sealed class GroundTruthBoxes
{
    private readonly Dictionary<string, List<BoundingBox>> _boxes = new(StringComparer.Ordinal);

    public GroundTruthBoxes(string annotations)
    {
        var dataset = CocoJsonReader.ReadDataset(annotations);
        var names = dataset.Images.ToDictionary(i => i.Id, i => i.FileName);
        foreach (var annotation in dataset.Annotations)
        {
            var name = names[annotation.ImageId];
            if (!_boxes.TryGetValue(name, out var list))
            {
                _boxes[name] = list = [];
            }

            var b = annotation.Bbox;
            list.Add(BoundingBox.FromXywh((float)b.X, (float)b.Y, (float)b.Width, (float)b.Height));
        }
    }

    public IReadOnlyList<BoundingBox> Of(string sequence, int index) =>
        _boxes.TryGetValue($"{sequence}/{index + 1:0000000}.jpg", out var list) ? list : [];

    /// <summary>Returns the best IoU of <paramref name="box"/> with any annotated box of the frame (0 when none).</summary>
    public float BestIoU(BoundingBox box, string sequence, int index) =>
        Of(sequence, index).Select(box.IoU).DefaultIfEmpty(0f).Max();
}
