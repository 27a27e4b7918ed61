// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;

namespace VateSharp.Evaluation.Coco;

/// <summary>
/// Writes COCO JSON deterministically (same data, same bytes) and atomically (a failed write leaves no file).
/// </summary>
public static class CocoJsonWriter
{
    /// <summary>Gets the writer settings every COCO file is written with (compact).</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new() { Indented = false };

    /// <summary>Writes a ground-truth file with <c>images</c>, <c>annotations</c> and <c>categories</c>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file to create or replace.</param>
    public static void WriteDataset(CocoDataset dataset, string path)
    {
        ArgumentNullException.ThrowIfNull(dataset);

        AtomicFile.Write(path, stream => WriteDataset(dataset, stream));
    }

    /// <summary>Writes a ground-truth document to a stream.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void WriteDataset(CocoDataset dataset, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);

        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("images");
        foreach (var image in dataset.Images)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", image.Id);
            writer.WriteString("file_name", image.FileName);
            writer.WriteNumber("width", image.Width);
            writer.WriteNumber("height", image.Height);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("annotations");
        foreach (var annotation in dataset.Annotations)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", annotation.Id);
            writer.WriteNumber("image_id", annotation.ImageId);
            writer.WriteNumber("category_id", annotation.CategoryId);
            WriteBox(writer, annotation.Bbox);
            writer.WriteNumber("area", annotation.Area);
            writer.WriteNumber("iscrowd", annotation.IsCrowd ? 1 : 0);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("categories");
        foreach (var category in dataset.Categories)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", category.Id);
            writer.WriteString("name", category.Name);
            writer.WriteString("supercategory", category.Supercategory);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes detections as the standard results array.</summary>
    /// <param name="detections">The detections.</param>
    /// <param name="path">The file to create or replace.</param>
    public static void WriteResults(IEnumerable<CocoDetection> detections, string path)
    {
        ArgumentNullException.ThrowIfNull(detections);

        AtomicFile.Write(path, stream => WriteResults(detections, stream));
    }

    /// <summary>Writes detections as the standard results array to a stream.</summary>
    /// <param name="detections">The detections.</param>
    /// <param name="stream">The destination; left open.</param>
    public static void WriteResults(IEnumerable<CocoDetection> detections, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(detections);
        ArgumentNullException.ThrowIfNull(stream);

        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartArray();
        foreach (var detection in detections)
        {
            WriteDetection(writer, detection);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one entry of a results array.</summary>
    internal static void WriteDetection(Utf8JsonWriter writer, CocoDetection detection)
    {
        writer.WriteStartObject();
        writer.WriteNumber("image_id", detection.ImageId);
        writer.WriteNumber("category_id", detection.CategoryId);
        WriteBox(writer, detection.Bbox);
        writer.WriteNumber("score", detection.Score);
        writer.WriteEndObject();
    }

    private static void WriteBox(Utf8JsonWriter writer, CocoBox box)
    {
        writer.WriteStartArray("bbox");
        writer.WriteNumberValue(box.X);
        writer.WriteNumberValue(box.Y);
        writer.WriteNumberValue(box.Width);
        writer.WriteNumberValue(box.Height);
        writer.WriteEndArray();
    }
}
