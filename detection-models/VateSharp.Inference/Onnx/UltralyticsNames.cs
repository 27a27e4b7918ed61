// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text.RegularExpressions;

namespace VateSharp.Inference.Onnx;

/// <summary>Parses the class names Ultralytics exports store as ONNX metadata, a Python dict like <c>{0: 'person', 1: 'bicycle'}</c>.</summary>
internal static partial class UltralyticsNames
{
    public static IReadOnlyList<string>? TryParse(string text)
    {
        var matches = Entry().Matches(text);
        if (matches.Count == 0)
        {
            return null;
        }

        var names = new SortedDictionary<int, string>();
        foreach (Match m in matches)
        {
            names[int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture)] = m.Groups["name"].Value;
        }

        // The ids must run 0..N-1 without gaps for index = class id to hold.
        return names.Keys.Select((id, i) => id == i).All(ok => ok) ? [.. names.Values] : null;
    }

    [GeneratedRegex("(?<id>\\d+)\\s*:\\s*['\"](?<name>[^'\"]*)['\"]")]
    private static partial Regex Entry();
}
