// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;

namespace VateSharp.Datasets.VisDrone;

/// <summary>
/// Reads VisDrone annotation files. Blank lines and a trailing comma are accepted (both occur in the official
/// data); any other malformed line is a <see cref="DatasetException"/> naming the file and line.
/// </summary>
public static class VisDroneAnnotationReader
{
    private static readonly string VidColumns = "frame,target_id,left,top,width,height,score,category,truncation,occlusion";
    private static readonly string DetColumns = "left,top,width,height,score,category,truncation,occlusion";

    /// <summary>Reads a VisDrone-VID file (ten columns).</summary>
    /// <param name="path">The annotation file.</param>
    /// <returns>The lines in file order.</returns>
    public static IReadOnlyList<VisDroneAnnotation> ReadVid(string path) => Read(path, video: true);

    /// <summary>Reads a VisDrone-DET file (eight columns, no frame or target id).</summary>
    /// <param name="path">The annotation file.</param>
    /// <returns>The lines in file order.</returns>
    public static IReadOnlyList<VisDroneAnnotation> ReadDet(string path) => Read(path, video: false);

    private static List<VisDroneAnnotation> Read(string path, bool video)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        if (!File.Exists(path))
        {
            throw new DatasetException($"The annotation file '{path}' does not exist.");
        }

        var result = new List<VisDroneAnnotation>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            result.Add(Parse(line, video, path, lineNumber));
        }

        return result;
    }

    private static VisDroneAnnotation Parse(string line, bool video, string path, int lineNumber)
    {
        var fields = line.TrimEnd(',').Split(',');
        var expected = video ? 10 : 8;
        if (fields.Length != expected)
        {
            Fail(path, lineNumber, line, video, $"{fields.Length} values");
        }

        Span<double> values = stackalloc double[10];
        var offset = video ? 0 : 2;
        for (var i = 0; i < fields.Length; i++)
        {
            if (!double.TryParse(fields[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i + offset])
                || !double.IsFinite(values[i + offset]))
            {
                Fail(path, lineNumber, line, video, $"'{fields[i].Trim()}' in column {i + 1}");
            }
        }

        // Every column but the box must be a whole number.
        for (var i = 0; i < 10; i++)
        {
            if (i is < 2 or > 5 && values[i] != Math.Floor(values[i]))
            {
                Fail(path, lineNumber, line, video, $"{values[i].ToString(CultureInfo.InvariantCulture)} where a whole number belongs");
            }
        }

        if (values[4] < 0 || values[5] < 0)
        {
            Fail(path, lineNumber, line, video, "a negative width or height");
        }

        return new VisDroneAnnotation(
            (int)values[0], (int)values[1], values[2], values[3], values[4], values[5],
            (int)values[6], (int)values[7], (int)values[8], (int)values[9], lineNumber);
    }

    private static void Fail(string path, int lineNumber, string line, bool video, string found)
    {
        var shown = line.Length > 80 ? line[..80] + "..." : line;
        throw new DatasetException(
            $"{path}:{lineNumber}: expected {(video ? 10 : 8)} comma-separated numbers " +
            $"({(video ? VidColumns : DetColumns)}), found {found} in '{shown}'.");
    }
}
