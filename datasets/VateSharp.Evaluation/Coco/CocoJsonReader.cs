// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;

namespace VateSharp.Evaluation.Coco;

/// <summary>
/// Reads COCO ground-truth and results JSON. Every failure is a <see cref="CocoFormatException"/> whose message
/// is one sentence naming the file, so programs can print it as it is.
/// </summary>
public static class CocoJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    /// <summary>Reads a ground-truth file (an object with <c>images</c>, <c>annotations</c> and <c>categories</c>).</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The dataset in file order.</returns>
    /// <exception cref="CocoFormatException">The file is missing, is not JSON, or is not COCO ground truth.</exception>
    public static CocoDataset ReadDataset(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        using var document = Parse(path);
        return ReadDataset(document.RootElement, path);
    }

    /// <summary>Parses ground truth from JSON text (<paramref name="sourceName"/> names it in messages).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">What to call the text in error messages.</param>
    /// <returns>The dataset in file order.</returns>
    public static CocoDataset ParseDataset(string json, string sourceName = "the JSON text")
    {
        ArgumentNullException.ThrowIfNull(json);

        using var document = ParseText(json, sourceName);
        return ReadDataset(document.RootElement, sourceName);
    }

    /// <summary>
    /// Reads a results file: a bare array of <c>{image_id, category_id, bbox, score}</c> objects, or an object with
    /// such an <c>annotations</c> array and, optionally, its own <c>images</c> and <c>categories</c>.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The detections in file order.</returns>
    /// <exception cref="CocoFormatException">The file is missing, is not JSON, or holds no COCO results.</exception>
    public static CocoResults ReadResults(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        using var document = Parse(path);
        return ReadResults(document.RootElement, path);
    }

    /// <summary>Parses results from JSON text (<paramref name="sourceName"/> names it in messages).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">What to call the text in error messages.</param>
    /// <returns>The detections in file order.</returns>
    public static CocoResults ParseResults(string json, string sourceName = "the JSON text")
    {
        ArgumentNullException.ThrowIfNull(json);

        using var document = ParseText(json, sourceName);
        return ReadResults(document.RootElement, sourceName);
    }

    private static JsonDocument Parse(string path)
    {
        if (!File.Exists(path))
        {
            throw new CocoFormatException($"The COCO file '{path}' does not exist; check the path.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new CocoFormatException(
                $"'{path}' is not valid JSON (line {ex.LineNumber + 1}): {ex.Message.Split('.')[0]}.", ex);
        }
        catch (IOException ex)
        {
            throw new CocoFormatException($"'{path}' could not be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CocoFormatException($"'{path}' could not be read: {ex.Message}", ex);
        }
    }

    private static JsonDocument ParseText(string json, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new CocoFormatException(
                $"{sourceName} is not valid JSON (line {ex.LineNumber + 1}): {ex.Message.Split('.')[0]}.", ex);
        }
    }

    private static CocoDataset ReadDataset(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !HasArray(root, "images") || !HasArray(root, "annotations") || !HasArray(root, "categories"))
        {
            throw new CocoFormatException(
                $"'{source}' is not a COCO annotation file: expected a JSON object with 'images', 'annotations' " +
                $"and 'categories' arrays, found {Describe(root)}.");
        }

        var images = ReadImages(root.GetProperty("images"), source);
        var categories = ReadCategories(root.GetProperty("categories"), source);
        var annotationsElement = root.GetProperty("annotations");
        var annotations = new List<CocoAnnotation>(annotationsElement.GetArrayLength());
        var index = 0;
        foreach (var item in annotationsElement.EnumerateArray())
        {
            var where = $"'{source}' annotations[{index}]";
            RequireObject(item, where);
            var bbox = ReadBox(item, where);

            // pycocotools sizes objects by the file's area field; a file without one gets w*h, the box area.
            var area = item.TryGetProperty("area", out var areaElement) && areaElement.ValueKind == JsonValueKind.Number
                ? areaElement.GetDouble()
                : bbox.Area;
            annotations.Add(new CocoAnnotation(
                ReadId(item, "id", where, index + 1),
                ReadId(item, "image_id", where, null),
                ReadId(item, "category_id", where, null),
                bbox,
                area,
                ReadFlag(item, "iscrowd")));
            index++;
        }

        return new CocoDataset(images, categories, annotations);
    }

    private static CocoResults ReadResults(JsonElement root, string source)
    {
        JsonElement list;
        IReadOnlyList<CocoImage>? images = null;
        IReadOnlyList<CocoCategory>? categories = null;
        if (root.ValueKind == JsonValueKind.Array)
        {
            list = root;
        }
        else if (root.ValueKind == JsonValueKind.Object && HasArray(root, "annotations"))
        {
            list = root.GetProperty("annotations");
            if (HasArray(root, "images") && HasArray(root, "categories"))
            {
                images = ReadImages(root.GetProperty("images"), source);
                categories = ReadCategories(root.GetProperty("categories"), source);
            }
        }
        else
        {
            throw new CocoFormatException(
                $"'{source}' is not a COCO results file: expected a JSON array of detections (image_id, " +
                $"category_id, bbox, score) or an object with an 'annotations' array, found {Describe(root)}.");
        }

        var detections = new List<CocoDetection>(list.GetArrayLength());
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var where = $"'{source}' detection [{index}]";
            RequireObject(item, where);
            if (!item.TryGetProperty("score", out var score) || score.ValueKind != JsonValueKind.Number)
            {
                throw new CocoFormatException($"{where} has no numeric 'score'; COCO results need one per detection.");
            }

            detections.Add(new CocoDetection(
                ReadId(item, "image_id", where, null),
                ReadId(item, "category_id", where, null),
                ReadBox(item, where),
                score.GetDouble()));
            index++;
        }

        return new CocoResults(detections, images, categories);
    }

    private static List<CocoImage> ReadImages(JsonElement array, string source)
    {
        var images = new List<CocoImage>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var where = $"'{source}' images[{index}]";
            RequireObject(item, where);
            images.Add(new CocoImage(
                ReadId(item, "id", where, null),
                ReadString(item, "file_name") ?? string.Empty,
                (int)ReadOptionalNumber(item, "width"),
                (int)ReadOptionalNumber(item, "height")));
            index++;
        }

        return images;
    }

    private static List<CocoCategory> ReadCategories(JsonElement array, string source)
    {
        var categories = new List<CocoCategory>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var where = $"'{source}' categories[{index}]";
            RequireObject(item, where);
            categories.Add(new CocoCategory(
                ReadId(item, "id", where, null),
                ReadString(item, "name") ?? string.Empty,
                ReadString(item, "supercategory") ?? string.Empty));
            index++;
        }

        return categories;
    }

    private static CocoBox ReadBox(JsonElement item, string where)
    {
        if (!item.TryGetProperty("bbox", out var bbox) || bbox.ValueKind != JsonValueKind.Array
            || bbox.GetArrayLength() != 4)
        {
            throw new CocoFormatException($"{where} has no 'bbox' of four numbers [x, y, width, height].");
        }

        Span<double> values = stackalloc double[4];
        var i = 0;
        foreach (var value in bbox.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Number)
            {
                throw new CocoFormatException($"{where} has a 'bbox' entry that is not a number: {value.GetRawText()}.");
            }

            values[i++] = value.GetDouble();
        }

        return new CocoBox(values[0], values[1], values[2], values[3]);
    }

    private static long ReadId(JsonElement item, string name, string where, long? fallback)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number)
        {
            return fallback ?? throw new CocoFormatException($"{where} has no numeric '{name}'.");
        }

        if (value.TryGetInt64(out var id))
        {
            return id;
        }

        var number = value.GetDouble();
        return number == Math.Floor(number) && Math.Abs(number) < 9e15
            ? (long)number
            : throw new CocoFormatException($"{where} has '{name}' {value.GetRawText()}, which is not a whole number.");
    }

    private static bool ReadFlag(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => value.GetDouble() != 0,
            _ => false,
        };

    private static double ReadOptionalNumber(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0;

    private static string? ReadString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool HasArray(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array;

    private static void RequireObject(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new CocoFormatException($"{where} is {Describe(item)}, not a JSON object.");
        }
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object with keys " + string.Join(", ", element.EnumerateObject()
            .Select(p => $"'{p.Name}'").Take(8).DefaultIfEmpty("(none)")),
        JsonValueKind.Array => $"an array of {element.GetArrayLength()} items",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };
}
