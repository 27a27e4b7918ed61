// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Sources;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.VisDrone;

/// <summary>
/// Converts a VisDrone folder to COCO JSON: VID (<c>sequences/NAME/*.jpg</c> with <c>annotations/NAME.txt</c>) or
/// DET (<c>images/*.jpg</c> with <c>annotations/STEM.txt</c>). Image sizes come from the files' headers. The
/// rules are <see cref="VisDroneCocoBuilder"/>'s.
/// </summary>
public static class VisDroneToCocoConverter
{
    /// <summary>Reads a VisDrone folder into a COCO dataset.</summary>
    /// <param name="root">The folder holding <c>sequences/</c> (or <c>images/</c>) and <c>annotations/</c>.</param>
    /// <param name="options">Category numbering; <see cref="VisDroneConversionOptions.Default"/> when omitted.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetException">The layout is wrong, a file is missing or a line is malformed.</exception>
    public static CocoDataset Convert(string root, VisDroneConversionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        options ??= VisDroneConversionOptions.Default;

        if (!Directory.Exists(root))
        {
            throw new DatasetException($"The VisDrone folder '{root}' does not exist.");
        }

        var annotations = Path.Combine(root, "annotations");
        var sequences = Path.Combine(root, "sequences");
        var images = Path.Combine(root, "images");
        if (!Directory.Exists(annotations) || !(Directory.Exists(sequences) || Directory.Exists(images)))
        {
            throw new DatasetException(
                $"'{root}' is not a VisDrone folder: expected annotations/ beside sequences/ (VID) or images/ (DET).");
        }

        var sidecar = Path.Combine(root, SourceCategoryFile.FileName);
        var scheme = File.Exists(sidecar)
            ? VisDroneCategoryScheme.Source(SourceCategoryFile.Read(sidecar))
            : VisDroneCategoryScheme.VisDrone(options.CategoryIds);
        var data = Directory.Exists(sequences) ? ReadVid(sequences, annotations) : ReadDet(images, annotations);
        return VisDroneCocoBuilder.Build(data, scheme);
    }

    /// <summary>Converts and writes the COCO JSON atomically (nothing is written when conversion fails).</summary>
    /// <param name="root">The VisDrone folder.</param>
    /// <param name="output">The JSON file to create or replace.</param>
    /// <param name="options">Category numbering.</param>
    /// <returns>The dataset written.</returns>
    public static CocoDataset ConvertToFile(string root, string output, VisDroneConversionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(output);

        var dataset = Convert(root, options);
        CocoJsonWriter.WriteDataset(dataset, output);
        return dataset;
    }

    private static List<VisDroneSequenceData> ReadVid(string sequences, string annotations)
    {
        var result = new List<VisDroneSequenceData>();
        foreach (var folder in Directory.GetDirectories(sequences).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var file = Path.Combine(annotations, name + ".txt");
            if (!File.Exists(file))
            {
                throw new DatasetException($"Sequence '{name}' has no annotation file '{file}'.");
            }

            result.Add(new VisDroneSequenceData(name, Frames(folder), VisDroneAnnotationReader.ReadVid(file), file));
        }

        return result.Count > 0
            ? result
            : throw new DatasetException($"'{sequences}' holds no sequence folders.");
    }

    private static List<VisDroneSequenceData> ReadDet(string images, string annotations)
    {
        var files = ImageSequenceDiscovery.Order(
            Directory.EnumerateFiles(images).Where(ImageSequenceDiscovery.IsImageFile));
        if (files.Count == 0)
        {
            throw new DatasetException($"'{images}' holds no images.");
        }

        // Each DET image is a one-frame sequence without a name, so its COCO file name is the bare file name.
        var result = new List<VisDroneSequenceData>(files.Count);
        foreach (var image in files)
        {
            var (width, height) = ImageHeader.ReadSize(image);
            var file = Path.Combine(annotations, Path.GetFileNameWithoutExtension(image) + ".txt");
            if (!File.Exists(file))
            {
                throw new DatasetException($"Image '{image}' has no annotation file '{file}'.");
            }

            var lines = VisDroneAnnotationReader.ReadDet(file).Select(a => a with { Frame = 1 }).ToArray();
            result.Add(new VisDroneSequenceData(
                string.Empty, [new VisDroneFrame(1, Path.GetFileName(image), width, height)], lines, file));
        }

        return result;
    }

    private static List<VisDroneFrame> Frames(string folder)
    {
        var frames = new List<VisDroneFrame>();
        var files = Directory.EnumerateFiles(folder).Where(ImageSequenceDiscovery.IsImageFile);
        foreach (var file in ImageSequenceDiscovery.Order(files))
        {
            if (ImageSequenceDiscovery.FrameNumber(file) is { } number and <= int.MaxValue)
            {
                var (width, height) = ImageHeader.ReadSize(file);
                frames.Add(new VisDroneFrame((int)number, Path.GetFileName(file), width, height));
            }
        }

        return frames;
    }
}
