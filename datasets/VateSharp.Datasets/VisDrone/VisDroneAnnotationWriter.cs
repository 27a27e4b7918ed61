// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text;
using VateSharp.Evaluation;

namespace VateSharp.Datasets.VisDrone;

/// <summary>Writes VisDrone-VID annotation files (ten columns, LF line ends, whole-pixel boxes as the real data).</summary>
public static class VisDroneAnnotationWriter
{
    /// <summary>Writes the lines atomically (a failed write leaves no file).</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="annotations">The lines in order.</param>
    public static void WriteVid(string path, IEnumerable<VisDroneAnnotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);

        var text = new StringBuilder();
        foreach (var a in annotations)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{a.Frame},{a.TargetId},{a.Left},{a.Top},{a.Width},{a.Height},{a.Score},{a.Category},{a.Truncation},{a.Occlusion}\n");
        }

        AtomicFile.WriteAllText(path, text.ToString());
    }
}
