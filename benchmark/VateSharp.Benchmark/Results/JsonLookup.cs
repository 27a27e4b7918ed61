// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;

namespace VateSharp.Benchmark.Results;

/// <summary>Reads values out of the edge-device program's JSON by dotted paths, ignoring the case of names.</summary>
internal static class JsonLookup
{
    /// <summary>The element at the first of the paths that exists, or null.</summary>
    public static JsonElement? Find(JsonElement root, params ReadOnlySpan<string> paths)
    {
        foreach (var path in paths)
        {
            var current = root;
            var found = true;
            foreach (var name in path.Split('.'))
            {
                if (current.ValueKind != JsonValueKind.Object || !TryProperty(current, name, out current))
                {
                    found = false;
                    break;
                }
            }

            if (found)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The number at the first of the paths that holds one, or null.</summary>
    public static double? Number(JsonElement root, params ReadOnlySpan<string> paths)
    {
        foreach (var path in paths)
        {
            if (Find(root, path) is { ValueKind: JsonValueKind.Number } element && element.TryGetDouble(out var value)
                && double.IsFinite(value))
            {
                return value;
            }
        }

        return null;
    }

    private static bool TryProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
