// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Detect;

/// <summary>The image ids and categories of a COCO annotations file: all <c>detect --annotations</c> needs from it.</summary>
internal sealed class CocoGroundTruthIndex
{
    private readonly Dictionary<string, int> _byFileName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byBaseName = new(StringComparer.OrdinalIgnoreCase);

    private CocoGroundTruthIndex(IReadOnlyList<(int Id, string Name)> categories) => Categories = categories;

    public IReadOnlyList<(int Id, string Name)> Categories { get; }

    public static CocoGroundTruthIndex Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var categories = root.GetProperty("categories").EnumerateArray()
                .Select(c => (c.GetProperty("id").GetInt32(), c.GetProperty("name").GetString() ?? string.Empty))
                .ToList();
            var index = new CocoGroundTruthIndex(categories);
            foreach (var image in root.GetProperty("images").EnumerateArray())
            {
                var id = image.GetProperty("id").GetInt32();
                var fileName = (image.GetProperty("file_name").GetString() ?? string.Empty).Replace('\\', '/');
                index._byFileName.TryAdd(fileName, id);
                index._byBaseName.TryAdd(Path.GetFileName(fileName), id);
            }

            return index;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new UserFacingException(
                $"--annotations {path} is not a COCO annotations file with images (id, file_name) and categories (id, name): {ex.Message.TrimEnd('.')}.", ex);
        }
    }

    /// <summary>Finds the image id for a path: by the whole relative file_name first, then by base name.</summary>
    public bool TryGetImageId(string imagePath, out int id)
    {
        var normalised = imagePath.Replace('\\', '/');
        foreach (var (fileName, value) in _byFileName)
        {
            if (normalised.EndsWith("/" + fileName, StringComparison.Ordinal) || normalised == fileName)
            {
                id = value;
                return true;
            }
        }

        return _byBaseName.TryGetValue(Path.GetFileName(imagePath), out id);
    }
}
