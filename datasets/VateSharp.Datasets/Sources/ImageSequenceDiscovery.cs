// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Sources;

/// <summary>
/// Finds image sequences: a glob of sequence folders (VisDrone's <c>sequences/*</c>), a glob of image files
/// (grouped by folder), a single folder of images, or a VisDrone root (a folder with <c>sequences/</c>).
/// Sequences come in ordinal path order; each folder's images in the numeric order of the digits in their names.
/// </summary>
public static class ImageSequenceDiscovery
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".bmp"];

    /// <summary>Returns whether a file name has an image extension (jpg, jpeg, png, bmp; any case).</summary>
    /// <param name="path">A file path.</param>
    /// <returns><see langword="true"/> for an image file name.</returns>
    public static bool IsImageFile(string path) =>
        ImageExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the sequences a folder path or glob names.</summary>
    /// <param name="spec">A folder, a VisDrone root, or a glob of folders or image files.</param>
    /// <returns>At least one sequence.</returns>
    /// <exception cref="DatasetException">Nothing matches, or what matches holds no images.</exception>
    public static IReadOnlyList<ImageSequence> Discover(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);

        List<ImageSequence> sequences;
        if (!Glob.HasWildcards(spec))
        {
            var folder = Path.GetFullPath(spec);
            if (!Directory.Exists(folder))
            {
                throw new DatasetException($"The folder '{spec}' does not exist; give a folder of images or a glob.");
            }

            sequences = FromFolder(folder);
        }
        else
        {
            var matches = Glob.Expand(spec);
            if (matches.Count == 0)
            {
                throw new DatasetException(
                    $"The glob '{spec}' matches nothing; check the path (for VisDrone: <root>/sequences/*).");
            }

            sequences =
            [
                .. matches.Where(Directory.Exists).Select(Sequence).Where(s => s.Files.Count > 0),
                .. matches.Where(m => File.Exists(m) && IsImageFile(m))
                    .GroupBy(m => Path.GetDirectoryName(m)!, StringComparer.Ordinal)
                    .Select(g => new ImageSequence(Path.GetFileName(g.Key), g.Key, Order(g))),
            ];
            sequences.Sort((a, b) => StringComparer.Ordinal.Compare(a.Folder, b.Folder));
        }

        return sequences.Count > 0
            ? sequences
            : throw new DatasetException(
                $"'{spec}' holds no images (.jpg, .jpeg, .png, .bmp); point it at sequence folders of numbered frames.");
    }

    /// <summary>Orders image files by the number in their names (<c>2.jpg</c> before <c>10.jpg</c>), then by name.</summary>
    /// <param name="files">Image file paths.</param>
    /// <returns>The files in frame order.</returns>
    public static IReadOnlyList<string> Order(IEnumerable<string> files) =>
        [.. files.OrderBy(f => FrameNumber(f) ?? long.MaxValue).ThenBy(f => f, StringComparer.Ordinal)];

    /// <summary>Returns the last run of digits in a file's name without extension, or null when it has none.</summary>
    /// <param name="path">A file path.</param>
    /// <returns>The frame number.</returns>
    public static long? FrameNumber(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path).AsSpan();
        var end = stem.Length;
        while (end > 0 && !char.IsAsciiDigit(stem[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsAsciiDigit(stem[start - 1]))
        {
            start--;
        }

        return end > start && end - start <= 18
            ? long.Parse(stem[start..end], System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static List<ImageSequence> FromFolder(string folder)
    {
        var own = Sequence(folder);
        if (own.Files.Count > 0)
        {
            return [own];
        }

        // A VisDrone root keeps its sequences under sequences/; any other folder may hold sequence folders.
        var parent = Directory.Exists(Path.Combine(folder, "sequences")) ? Path.Combine(folder, "sequences") : folder;
        return
        [
            .. Directory.GetDirectories(parent)
                .Order(StringComparer.Ordinal)
                .Select(Sequence)
                .Where(s => s.Files.Count > 0),
        ];
    }

    private static ImageSequence Sequence(string folder) =>
        new(Path.GetFileName(folder), folder, Order(Directory.EnumerateFiles(folder).Where(IsImageFile)));
}
