// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;
using System.Text.RegularExpressions;

namespace VateSharp.Datasets.Sources;

/// <summary>
/// File-system globbing: <c>*</c> matches any run of characters within one path segment, <c>?</c> one
/// character, and a segment <c>**</c> any number of folders (including none). Matching is case-sensitive, as the
/// Linux file system is. Results are full paths in ordinal order.
/// </summary>
public static class Glob
{
    /// <summary>Returns whether the text contains a wildcard.</summary>
    /// <param name="pattern">A path or pattern.</param>
    /// <returns><see langword="true"/> when it has <c>*</c> or <c>?</c>.</returns>
    public static bool HasWildcards(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);

        return pattern.AsSpan().IndexOfAny('*', '?') >= 0;
    }

    /// <summary>Expands a pattern into the files and folders it matches.</summary>
    /// <param name="pattern">An absolute or relative pattern, for example <c>data/sequences/uav*</c>.</param>
    /// <returns>The matching paths, full and sorted ordinally; empty when nothing matches.</returns>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);

        var normalized = pattern.Replace('\\', '/');
        var absolute = normalized.StartsWith('/');
        var segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(segments, HasWildcards);
        if (first < 0)
        {
            var full = Path.GetFullPath(pattern);
            return File.Exists(full) || Directory.Exists(full) ? [full] : [];
        }

        var root = string.Join('/', segments[..first]);
        root = Path.GetFullPath(absolute ? "/" + root : (root.Length == 0 ? "." : root));
        if (!Directory.Exists(root))
        {
            return [];
        }

        var results = new SortedSet<string>(StringComparer.Ordinal);
        Match(root, segments, first, results);
        return [.. results];
    }

    private static void Match(string folder, string[] segments, int index, SortedSet<string> results)
    {
        if (index == segments.Length)
        {
            results.Add(folder);
            return;
        }

        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            Match(folder, segments, index + 1, results);
            foreach (var sub in SafeDirectories(folder))
            {
                Match(sub, segments, index, results);
            }

            return;
        }

        if (!HasWildcards(segment))
        {
            var next = Path.Combine(folder, segment);
            if (Directory.Exists(next) || (last && File.Exists(next)))
            {
                Match(next, segments, index + 1, results);
            }

            return;
        }

        var regex = ToRegex(segment);
        foreach (var sub in SafeDirectories(folder))
        {
            if (regex.IsMatch(Path.GetFileName(sub)))
            {
                Match(sub, segments, index + 1, results);
            }
        }

        if (last)
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                if (regex.IsMatch(Path.GetFileName(file)))
                {
                    results.Add(file);
                }
            }
        }
    }

    private static IEnumerable<string> SafeDirectories(string folder)
    {
        try
        {
            return Directory.GetDirectories(folder);
        }
        catch (UnauthorizedAccessException)
        {
            // An unreadable folder cannot hold a sequence we could read either.
            return [];
        }
    }

    private static Regex ToRegex(string segment)
    {
        var text = new StringBuilder("^");
        foreach (var c in segment)
        {
            text.Append(c switch
            {
                '*' => "[^/]*",
                '?' => "[^/]",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(text.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
