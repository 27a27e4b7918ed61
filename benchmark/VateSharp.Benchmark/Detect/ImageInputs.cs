// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;

namespace VateSharp.Benchmark.Detect;

/// <summary>Resolves an <c>--images</c> value (file, folder or file-name glob) to a sorted list of image paths.</summary>
internal static class ImageInputs
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".bmp"];

    public static IReadOnlyList<string> Resolve(string spec)
    {
        if (File.Exists(spec))
        {
            return [Path.GetFullPath(spec)];
        }

        List<string> found;
        if (Directory.Exists(spec))
        {
            found = [.. Directory.EnumerateFiles(spec).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))];
        }
        else if (spec.IndexOfAny(['*', '?']) >= 0)
        {
            var folder = Path.GetDirectoryName(spec);
            folder = string.IsNullOrEmpty(folder) ? "." : folder;
            var pattern = Path.GetFileName(spec);
            if (folder.IndexOfAny(['*', '?']) >= 0 || !Directory.Exists(folder))
            {
                throw new UserFacingException(
                    $"--images '{spec}' needs an existing folder with wildcards only in the file name (for example data/*.jpg).", ExitCodes.Usage);
            }

            found = [.. Directory.EnumerateFiles(folder, pattern)];
        }
        else
        {
            throw new UserFacingException($"--images '{spec}' is not a file, a folder or a glob such as data/*.jpg.", ExitCodes.Usage);
        }

        if (found.Count == 0)
        {
            throw new UserFacingException($"--images '{spec}' matches no image files (.jpg, .jpeg, .png, .bmp).");
        }

        found.Sort(StringComparer.Ordinal);
        return [.. found.Select(Path.GetFullPath)];
    }
}
