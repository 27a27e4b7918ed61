// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>
/// The COCO annotations a run is scored against, with images looked up by <c>file_name</c>
/// (<c>sequence/frame.jpg</c>, VATE's convention), or by the bare frame name when that is unique in the file.
/// </summary>
internal sealed class GroundTruth
{
    private readonly Dictionary<string, long> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long?> _byBaseName = new(StringComparer.Ordinal);

    private GroundTruth(string path, CocoDataset dataset)
    {
        Path = path;
        Dataset = dataset;
        foreach (var image in dataset.Images)
        {
            var name = Normalize(image.FileName);
            _byName.TryAdd(name, image.Id);
            var baseName = System.IO.Path.GetFileName(name);

            // A bare name shared by two images (frame 1 of every sequence) must match neither.
            _byBaseName[baseName] = _byBaseName.ContainsKey(baseName) ? null : image.Id;
        }
    }

    public string Path { get; }

    public CocoDataset Dataset { get; }

    /// <summary>Reads the annotation file.</summary>
    /// <exception cref="DeviceRunException">It is missing or not COCO ground truth.</exception>
    public static GroundTruth Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DeviceRunException($"The annotation file '{path}' does not exist; give the COCO JSON made for these sequences.");
        }

        try
        {
            var dataset = CocoJsonReader.ReadDataset(path);
            if (dataset.Images.Count == 0 || dataset.Categories.Count == 0)
            {
                throw new DeviceRunException(
                    $"The annotation file '{path}' has {dataset.Images.Count} images and {dataset.Categories.Count} categories; " +
                    "COCO ground truth needs both.");
            }

            return new GroundTruth(path, dataset);
        }
        catch (CocoFormatException ex)
        {
            throw new DeviceRunException($"The annotation file is not COCO ground truth: {ex.Message}", ex);
        }
    }

    /// <summary>Finds the image id of a frame's file name.</summary>
    public bool TryFind(string? fileName, out long id)
    {
        id = 0;
        if (fileName is null)
        {
            return false;
        }

        var name = Normalize(fileName);
        if (_byName.TryGetValue(name, out id))
        {
            return true;
        }

        if (_byBaseName.TryGetValue(System.IO.Path.GetFileName(name), out var found) && found is { } only)
        {
            id = only;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Checks that the annotations describe the frames about to be played; a file made for other images would
    /// score every detection as a false positive.
    /// </summary>
    /// <returns>How many of the frames have an annotated image.</returns>
    /// <exception cref="DeviceRunException">None of the frames is in the file.</exception>
    public int RequireCovers(IReadOnlyList<string> frameFileNames)
    {
        var matched = frameFileNames.Count(f => TryFind(f, out _));
        if (matched > 0)
        {
            return matched;
        }

        var theirs = Dataset.Images.Take(2).Select(i => $"'{i.FileName}'");
        var ours = frameFileNames.Take(2).Select(f => $"'{f}'");
        throw new DeviceRunException(
            $"The annotation file '{Path}' describes none of the {frameFileNames.Count} input frames: it names images such as " +
            $"{string.Join(", ", theirs)} while the input has {string.Join(", ", ours)}; give the annotations made for these " +
            "sequences (file_name must be <sequence>/<frame>.jpg).");
    }

    private static string Normalize(string fileName) => fileName.Replace('\\', '/').TrimStart('.', '/');
}
