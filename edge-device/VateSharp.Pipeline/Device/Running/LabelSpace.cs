// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// One class numbering for the whole run. Tiers may run models with different class lists, while tracking and
/// fusion compare class ids; every detection is renumbered by its label into this space (COCO's 80 first, then
/// any other label in order of appearance), and outputs map these labels to the ground truth's categories.
/// Used by the frame loop only.
/// </summary>
internal sealed class LabelSpace
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = [];

    public LabelSpace()
    {
        foreach (var name in CocoClasses.Names)
        {
            Add(name);
        }
    }

    /// <summary>Gets the labels, index = class id in this space.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Renumbers detections into this space.</summary>
    public IReadOnlyList<Detection> Renumber(IReadOnlyList<Detection> detections)
    {
        var result = new Detection[detections.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var detection = detections[i];
            var label = string.IsNullOrEmpty(detection.Label) ? $"class {detection.ClassId}" : detection.Label;
            result[i] = detection with { ClassId = _ids.TryGetValue(label, out var id) ? id : Add(label), Label = label };
        }

        return result;
    }

    private int Add(string name)
    {
        _ids[name] = _names.Count;
        _names.Add(name);
        return _names.Count - 1;
    }
}
