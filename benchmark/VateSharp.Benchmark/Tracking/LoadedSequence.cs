// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Geometry;
using VateSharp.Datasets;
using VateSharp.Datasets.VisDrone;
using VateSharp.Tracking;

namespace VateSharp.Benchmark.Tracking;

/// <summary>
/// A sequence in VisDrone-VID layout held in memory for tracker measurements: every frame decoded once into a
/// <see cref="TrackingFrame"/> (so decoding is never timed as tracking) and its ground truth by target id.
/// </summary>
public sealed class LoadedSequence : IDisposable
{
    private LoadedSequence(string name, string[] files, TrackingFrame[] frames, IReadOnlyList<TruthBox>[] truth, TimeSpan decodeTime)
    {
        Name = name;
        Files = files;
        Frames = frames;
        Truth = truth;
        DecodeTime = decodeTime;
    }

    /// <summary>Gets the sequence name (its folder).</summary>
    public string Name { get; }

    /// <summary>Gets the image files, index = zero-based frame index.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Gets the frames, index = zero-based frame index.</summary>
    public IReadOnlyList<TrackingFrame> Frames { get; }

    /// <summary>Gets the ground truth per frame (index = zero-based frame index).</summary>
    public IReadOnlyList<IReadOnlyList<TruthBox>> Truth { get; }

    /// <summary>Gets the time spent decoding and shrinking the frames.</summary>
    public TimeSpan DecodeTime { get; }

    /// <summary>Loads every sequence of a VisDrone-VID folder (<c>sequences/NAME/*.jpg</c>, <c>annotations/NAME.txt</c>).</summary>
    /// <exception cref="DatasetException">The folder has no sequences or an annotation file is missing or malformed.</exception>
    /// <param name="root">The VisDrone-VID folder.</param>
    /// <param name="frameOptions">How frames are shrunk for tracking.</param>
    /// <param name="maxSequences">The most sequences read (in name order).</param>
    /// <param name="categoryIds">The COCO category ids of the ground truth, to interpret the category column.</param>
    public static IReadOnlyList<LoadedSequence> LoadAll(
        string root, TrackingFrameOptions frameOptions, int maxSequences, IReadOnlyCollection<long> categoryIds)
    {
        ArgumentNullException.ThrowIfNull(categoryIds);
        var category = CategoryMapping(root, categoryIds);
        var sequences = Path.Combine(root, "sequences");
        if (!Directory.Exists(sequences))
        {
            throw new DatasetException($"'{root}' has no sequences folder; give a folder in VisDrone-VID layout, such as one made by 'datasets synthesize'.");
        }

        var names = Directory.GetDirectories(sequences).Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(maxSequences).ToArray();
        if (names.Length == 0)
        {
            throw new DatasetException($"'{sequences}' holds no sequence folders.");
        }

        var loaded = new List<LoadedSequence>(names.Length);
        try
        {
            foreach (var name in names)
            {
                loaded.Add(Load(root, name!, frameOptions, category));
            }
        }
        catch
        {
            loaded.ForEach(s => s.Dispose());
            throw;
        }

        return loaded;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var frame in Frames)
        {
            frame.Dispose();
        }
    }

    // The category column is a position in categories.json when that sidecar exists (source categories);
    // otherwise a VisDrone id, numbered one lower in COCO files that start at 0 (VATE's scheme).
    private static Func<int, int> CategoryMapping(string root, IReadOnlyCollection<long> categoryIds)
    {
        var sidecar = Path.Combine(root, SourceCategoryFile.FileName);
        if (File.Exists(sidecar))
        {
            var categories = SourceCategoryFile.Read(sidecar);
            return v => v >= 1 && v <= categories.Count ? (int)categories[v - 1].Id : -1;
        }

        return categoryIds.Contains(0) ? v => v - 1 : v => v;
    }

    private static LoadedSequence Load(string root, string name, TrackingFrameOptions frameOptions, Func<int, int> category)
    {
        var files = Directory.GetFiles(Path.Combine(root, "sequences", name), "*.jpg").Order(StringComparer.Ordinal).ToArray();
        var annotations = VisDroneAnnotationReader.ReadVid(Path.Combine(root, "annotations", name + ".txt"));
        var truth = new List<TruthBox>[files.Length];
        for (var i = 0; i < truth.Length; i++)
        {
            truth[i] = [];
        }

        foreach (var a in annotations)
        {
            if (a.TargetId > 0 && a.Frame >= 1 && a.Frame <= files.Length && a.Width > 0 && a.Height > 0 && category(a.Category) >= 0)
            {
                var box = BoundingBox.FromXywh((float)a.Left, (float)a.Top, (float)a.Width, (float)a.Height);
                truth[a.Frame - 1].Add(new TruthBox(a.TargetId, box, category(a.Category)));
            }
        }

        var frames = new TrackingFrame[files.Length];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < files.Length; i++)
        {
            using var image = Cv2.ImRead(files[i], ImreadModes.Color);
            if (image.Empty())
            {
                throw new DatasetException($"'{files[i]}' could not be decoded.");
            }

            frames[i] = TrackingFrame.FromImage(image, i, TimeSpan.FromSeconds(i / 25.0), frameOptions);
        }

        return new LoadedSequence(name, files, frames, truth, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }
}
