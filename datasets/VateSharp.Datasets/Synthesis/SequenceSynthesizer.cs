// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Datasets.VisDrone;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Synthesis;

/// <summary>
/// Makes moving sequences with exact ground truth from annotated stills: a simulated camera pans, zooms and
/// rolls over each still (<see cref="CameraPath"/>), frames are rendered with OpenCV's warpAffine, and every box
/// is carried through the same transform (<see cref="BoxProjection"/>). The output is VisDrone's layout
/// (<c>sequences/NAME/0000001.jpg</c>, <c>annotations/NAME.txt</c>) plus <c>annotations.json</c> (COCO) and, in
/// source-category mode, <c>categories.json</c>. The same seed gives the same files.
/// </summary>
public static class SequenceSynthesizer
{
    /// <summary>Synthesizes the sequences into <paramref name="output"/>, which must not exist or be empty.</summary>
    /// <param name="source">The stills' COCO ground truth.</param>
    /// <param name="imagesFolder">The folder the source's file names are relative to.</param>
    /// <param name="output">The output folder; it appears only once everything is written.</param>
    /// <param name="options">Sizes, counts and seed; <see cref="SynthesisOptions.Default"/> when omitted.</param>
    /// <param name="progress">Told after each frame.</param>
    /// <param name="cancellationToken">Stops between frames; nothing is left behind.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="DatasetException">No usable still, or the output folder is not empty.</exception>
    public static SynthesisResult Synthesize(
        CocoDataset source,
        string imagesFolder,
        string output,
        SynthesisOptions? options = null,
        IProgress<SynthesisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(imagesFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        options ??= SynthesisOptions.Default;
        options.Validate();

        if (!Directory.Exists(imagesFolder))
        {
            throw new DatasetException($"The images folder '{imagesFolder}' does not exist.");
        }

        var final = Path.GetFullPath(output);
        if (File.Exists(final) || (Directory.Exists(final) && Directory.EnumerateFileSystemEntries(final).Any()))
        {
            throw new DatasetException(
                $"The output '{output}' already exists and is not an empty folder; choose a new one.");
        }

        var classes = new ClassPlan(source, options);
        var stills = Stills(source, imagesFolder, classes);
        var staging = Path.Combine(
            Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var result = Write(staging, final, source, imagesFolder, stills, classes, options, progress, cancellationToken);
            if (Directory.Exists(final))
            {
                Directory.Delete(final);
            }

            Directory.Move(staging, final);
            return result;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static SynthesisResult Write(
        string staging,
        string final,
        CocoDataset source,
        string imagesFolder,
        CocoImage[] stills,
        ClassPlan classes,
        SynthesisOptions options,
        IProgress<SynthesisProgress>? progress,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(staging, "sequences"));
        Directory.CreateDirectory(Path.Combine(staging, "annotations"));
        var byImage = source.Annotations.ToLookup(a => a.ImageId);
        var master = new Random(options.Seed);
        var order = stills.ToArray();
        master.Shuffle(order);

        var data = new List<VisDroneSequenceData>();
        int outOfView = 0, unmapped = 0;
        var encoding = new ImageEncodingParam(ImwriteFlags.JpegQuality, options.JpegQuality);
        for (var s = 0; s < options.Sequences; s++)
        {
            var name = $"{options.SequencePrefix}_{s + 1:0000}";
            var folder = Path.Combine(staging, "sequences", name);
            Directory.CreateDirectory(folder);

            // One seed per sequence, drawn in order, so a sequence does not depend on how many frames others have.
            var random = new Random(master.Next());
            var frames = new List<VisDroneFrame>();
            var lines = new List<VisDroneAnnotation>();
            var frame = 0;
            var nextTarget = 1;
            for (var cut = 0; cut < options.StillsPerSequence; cut++)
            {
                var still = order[((s * options.StillsPerSequence) + cut) % order.Length];
                var count = (options.FramesPerSequence / options.StillsPerSequence)
                    + (cut < options.FramesPerSequence % options.StillsPerSequence ? 1 : 0);
                using var image = Cv2.ImRead(Path.Combine(imagesFolder, still.FileName), ImreadModes.Color);
                if (image.Empty())
                {
                    throw new DatasetException(
                        $"The still '{Path.Combine(imagesFolder, still.FileName)}' could not be decoded.");
                }

                var poses = CameraPath.Generate(random, image.Width, image.Height, options, count);
                var boxes = byImage[still.Id].ToArray();
                var targets = boxes.Select(_ => nextTarget++).ToArray();
                foreach (var pose in poses)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    frame++;
                    var affine = pose.ToAffine(options.Width, options.Height);
                    Render(image, affine, options, Path.Combine(folder, $"{frame:0000000}.jpg"), encoding);
                    frames.Add(new VisDroneFrame(frame, $"{frame:0000000}.jpg", options.Width, options.Height));
                    for (var b = 0; b < boxes.Length; b++)
                    {
                        if (!classes.TryGetValue(boxes[b].CategoryId, out var category))
                        {
                            unmapped++;
                            continue;
                        }

                        var visible = BoxProjection.TryProject(
                            affine, boxes[b].Bbox, options.Width, options.Height, options.MinVisibleFraction,
                            out var box, out var truncated);
                        if (!visible)
                        {
                            outOfView++;
                            continue;
                        }

                        // A source crowd box stays a crowd box of its class: VisDrone's score 0 means "not evaluated".
                        lines.Add(new VisDroneAnnotation(
                            frame, targets[b], box.X, box.Y, box.Width, box.Height, boxes[b].IsCrowd ? 0 : 1,
                            category, truncated ? 1 : 0, 0));
                    }

                    progress?.Report(new SynthesisProgress(s + 1, options.Sequences, frame, options.FramesPerSequence));
                }
            }

            var annotationFile = Path.Combine(staging, "annotations", name + ".txt");
            VisDroneAnnotationWriter.WriteVid(annotationFile, lines);
            data.Add(new VisDroneSequenceData(name, frames, lines, annotationFile));
        }

        if (classes.Mode == SynthesisCategoryMode.Source)
        {
            SourceCategoryFile.Write(Path.Combine(staging, SourceCategoryFile.FileName), classes.Scheme.Categories);
        }

        var dataset = VisDroneCocoBuilder.Build(data, classes.Scheme);
        CocoJsonWriter.WriteDataset(dataset, Path.Combine(staging, "annotations.json"));
        return new SynthesisResult(final, [.. data.Select(d => d.Name)], dataset, outOfView, unmapped);
    }

    private static void Render(
        Mat still, double[] affine, SynthesisOptions options, string path, ImageEncodingParam encoding)
    {
        using var matrix = Mat.FromPixelData(2, 3, MatType.CV_64FC1, affine);
        using var frame = new Mat();
        var size = new Size(options.Width, options.Height);
        Cv2.WarpAffine(still, frame, matrix, size, InterpolationFlags.Linear, BorderTypes.Replicate);
        if (!Cv2.ImWrite(path, frame, encoding))
        {
            throw new DatasetException($"Writing the frame '{path}' failed; check free disk space and permissions.");
        }
    }

    /// <summary>The stills that exist on disk and have at least one box of a kept class, in id order.</summary>
    private static CocoImage[] Stills(CocoDataset source, string imagesFolder, ClassPlan classes)
    {
        var annotated = source.Annotations
            .Where(a => classes.TryGetValue(a.CategoryId, out _))
            .Select(a => a.ImageId)
            .ToHashSet();
        var stills = source.Images
            .Where(i => annotated.Contains(i.Id) && File.Exists(Path.Combine(imagesFolder, i.FileName)))
            .OrderBy(i => i.Id)
            .ToArray();
        return stills.Length > 0
            ? stills
            : throw new DatasetException(
                $"No image of the annotations exists in '{imagesFolder}' with a box to keep; check that --images is " +
                "the folder the annotation file names are relative to.");
    }

    /// <summary>Maps source category ids to the category column value and carries the matching scheme.</summary>
    private sealed class ClassPlan
    {
        private readonly Dictionary<long, int> _value = [];

        public ClassPlan(CocoDataset source, SynthesisOptions options)
        {
            Mode = options.CategoryMode;
            if (Mode == SynthesisCategoryMode.Source)
            {
                for (var i = 0; i < source.Categories.Count; i++)
                {
                    _value.TryAdd(source.Categories[i].Id, i + 1);
                }

                Scheme = VisDroneCategoryScheme.Source(source.Categories);
                return;
            }

            foreach (var category in source.Categories)
            {
                if (CocoToVisDroneClasses.TryMap(category.Name, out var value))
                {
                    _value.TryAdd(category.Id, value);
                }
            }

            Scheme = VisDroneCategoryScheme.VisDrone(options.CategoryIds);
        }

        public SynthesisCategoryMode Mode { get; }

        public VisDroneCategoryScheme Scheme { get; }

        public bool TryGetValue(long categoryId, out int value) => _value.TryGetValue(categoryId, out value);
    }
}
