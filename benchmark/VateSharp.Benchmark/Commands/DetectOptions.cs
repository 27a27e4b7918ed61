// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Assets;
using VateSharp.Cli;
using VateSharp.Inference;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of <c>benchmark detect</c>.</summary>
[Verb("detect", HelpText = "Run one detector over images and write COCO results JSON (image_id, category_id, bbox [x,y,w,h], score).")]
public sealed class DetectOptions : VerbOptions
{
    /// <summary>Gets or sets the model.</summary>
    [Option("model", Required = true, HelpText = "A catalogue model (fastestdet, yolox-nano, picodet-s-320, picodet-s-416, nanodet-m-320, nanodet-m-416, yolo-fastest-1.1, yolo-fastest-1.1-xl) or a path to an .onnx file or a Darknet .cfg (with its .weights beside it).")]
    public string Model { get; set; } = string.Empty;

    /// <summary>Gets or sets the family of a model given by path.</summary>
    [Option("family", HelpText = "Family of a model given by path: yolox, yolov5 ([1,N,5+C]), yolov8 ([1,4+C,N]), picodet, nanodet, fastestdet or yolo-fastest. Required for an .onnx path, ignored for catalogue names and Darknet .cfg files.")]
    public string? Family { get; set; }

    /// <summary>Gets or sets the images.</summary>
    [Option("images", Required = true, HelpText = "An image file, a folder (its .jpg/.jpeg/.png/.bmp files, sorted by name) or a glob whose wildcards (* and ?) are in the file name, e.g. data/*.jpg.")]
    public string Images { get; set; } = string.Empty;

    /// <summary>Gets or sets the results file.</summary>
    [Option("output", Required = true, HelpText = "The COCO results JSON to write (written to a temporary file first, then renamed).")]
    public string Output { get; set; } = string.Empty;

    /// <summary>Gets or sets the ground truth the ids come from.</summary>
    [Option("annotations", HelpText = "A COCO annotations JSON: image ids are taken from it (matched by file_name, then by base name) and classes map to its categories by name (VOC spellings accepted); detections of unmapped classes are dropped and counted. Default: ids 1..N in image order and COCO's category ids.")]
    public string? Annotations { get; set; }

    /// <summary>Gets or sets the folder for annotated copies.</summary>
    [Option("annotated-dir", HelpText = "Also write each image with its boxes and labels drawn, as JPEG, into this folder. Default: none.")]
    public string? AnnotatedDir { get; set; }

    /// <summary>Gets or sets the lowest score drawn into annotated images.</summary>
    [Option("draw-score", Default = 0.3f, HelpText = "Lowest score drawn into --annotated-dir images (results JSON keeps everything above --score). Default 0.3.")]
    public float DrawScore { get; set; } = 0.3f;

    /// <summary>Gets or sets the score threshold.</summary>
    [Option("score", Default = 0.25f, HelpText = "Lowest score kept. Default 0.25 (use 0.005 or lower for AP evaluation).")]
    public float Score { get; set; } = 0.25f;

    /// <summary>Gets or sets the NMS IoU threshold.</summary>
    [Option("nms", Default = 0.45f, HelpText = "IoU above which the lower-scored of two same-class boxes is dropped. Default 0.45.")]
    public float Nms { get; set; } = 0.45f;

    /// <summary>Gets or sets a value indicating whether NMS compares boxes across classes.</summary>
    [Option("class-agnostic", HelpText = "Suppress overlapping boxes across classes, not only within one. Default off (per-class NMS).")]
    public bool ClassAgnostic { get; set; }

    /// <summary>Gets or sets the per-image detection cap.</summary>
    [Option("max-dets", Default = 100, HelpText = "Most detections kept per image. Default 100 (COCO's maxDets).")]
    public int MaxDets { get; set; } = 100;

    /// <summary>Gets or sets the thread count.</summary>
    [Option("threads", Default = 0, HelpText = "Threads per inference; 0 lets ONNX Runtime choose. Default 0.")]
    public int Threads { get; set; }

    /// <summary>Gets or sets the execution provider.</summary>
    [Option("provider", Default = ExecutionProvider.Cpu, HelpText = "cpu or cuda; cuda falls back to cpu with a warning when this build or machine cannot use it. Default cpu.")]
    public ExecutionProvider Provider { get; set; } = ExecutionProvider.Cpu;

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        if (!ModelCatalogue.TryGet(Model, out _))
        {
            if (!File.Exists(Model))
            {
                yield return $"--model '{Model}' is neither a catalogue model ({string.Join(", ", ModelCatalogue.Names)}) nor an existing file.";
            }
            else if (!ModelFamilies.IsKnown(Family) && !Model.EndsWith(".cfg", StringComparison.OrdinalIgnoreCase)
                && !Model.EndsWith(".weights", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"--model is a file, so --family is required: one of {string.Join(", ", ModelFamilies.Names)}.";
            }
        }

        if (Family is not null && !ModelFamilies.IsKnown(Family))
        {
            yield return $"--family must be one of {string.Join(", ", ModelFamilies.Names)}, but is '{Family}'.";
        }

        if (Score is < 0f or > 1f)
        {
            yield return $"--score must be in [0, 1], but is {Score}.";
        }

        if (Nms is < 0f or > 1f)
        {
            yield return $"--nms must be in [0, 1], but is {Nms}.";
        }

        if (MaxDets < 1)
        {
            yield return $"--max-dets must be at least 1, but is {MaxDets}.";
        }

        if (Threads < 0)
        {
            yield return $"--threads must be 0 (automatic) or more, but is {Threads}.";
        }

        if (Annotations is not null && !File.Exists(Annotations))
        {
            yield return $"--annotations names '{Annotations}', which does not exist.";
        }
    }
}
