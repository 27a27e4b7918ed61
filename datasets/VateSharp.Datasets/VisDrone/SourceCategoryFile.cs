// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.VisDrone;

/// <summary>
/// The <c>categories.json</c> sidecar of a VisDrone-layout folder whose category column holds a source dataset's
/// classes instead of VisDrone's: <c>{"categories": [{"id": 17, "name": "person", "supercategory": ""}, ...]}</c>.
/// The column value v (1, 2, ...) means the v-th entry; 0 still means an ignored region.
/// </summary>
public static class SourceCategoryFile
{
    /// <summary>The sidecar's file name in a VisDrone root.</summary>
    public const string FileName = "categories.json";

    /// <summary>Writes the sidecar atomically.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="categories">The categories; column value = position + 1.</param>
    public static void Write(string path, IReadOnlyList<CocoCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);

        AtomicFile.Write(path, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            writer.WriteStartArray("categories");
            foreach (var category in categories)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", category.Id);
                writer.WriteString("name", category.Name);
                writer.WriteString("supercategory", category.Supercategory);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Reads the sidecar.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The categories in column order.</returns>
    /// <exception cref="DatasetException">The file is not such an object.</exception>
    public static IReadOnlyList<CocoCategory> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var expected = $"'{path}' must hold {{\"categories\": [{{\"id\": 1, \"name\": \"person\"}}, ...]}} with at " +
            "least one category";
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("categories", out var array)
                || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
            {
                throw new DatasetException(expected + ".");
            }

            var categories = new List<CocoCategory>();
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("id", out var id) || !id.TryGetInt64(out var idValue)
                    || !item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                {
                    throw new DatasetException(expected + $"; entry {categories.Count} has no whole 'id' and string 'name'.");
                }

                var supercategory = item.TryGetProperty("supercategory", out var super) && super.ValueKind == JsonValueKind.String
                    ? super.GetString()!
                    : string.Empty;
                categories.Add(new CocoCategory(idValue, name.GetString()!, supercategory));
            }

            return categories;
        }
        catch (JsonException ex)
        {
            throw new DatasetException($"'{path}' is not valid JSON: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new DatasetException($"'{path}' could not be read: {ex.Message}", ex);
        }
    }
}
