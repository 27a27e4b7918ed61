// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of <c>benchmark cloud</c>.</summary>
[Verb("cloud", HelpText = "Measure what slicing and ensembling buy (COCO AP on the 100 VOC images) and cost (ms/frame).")]
public sealed class CloudOptions : VerbOptions
{
    /// <summary>Gets or sets the compositions.</summary>
    [Option("compositions", HelpText = "Semicolon-separated compositions MODELS[@COLSxROWS], e.g. 'yolox-nano;picodet-s-416,yolox-nano@2x2'. Default: a sweep of single models, slicing and ensembles.")]
    public string? Compositions { get; set; }

    /// <summary>Gets or sets the tile overlap.</summary>
    [Option("overlap", Default = 0.2f, HelpText = "Tile overlap for sliced compositions. Default 0.2.")]
    public float Overlap { get; set; } = 0.2f;

    /// <summary>Gets or sets threads per inference.</summary>
    [Option("threads", Default = 2, HelpText = "Threads per inference. Default 2.")]
    public int Threads { get; set; } = 2;

    /// <summary>Gets or sets the image limit.</summary>
    [Option("images", Default = 100, HelpText = "How many of the 100 VOC images to use. Default 100.")]
    public int Images { get; set; } = 100;

    /// <summary>Gets or sets the JSON output.</summary>
    [Option("output", HelpText = "Also write the table as JSON to this file. Default none.")]
    public string? Output { get; set; }

    /// <inheritdoc/>
    public override IEnumerable<string> Validate()
    {
        if (Images is < 1 or > 100)
        {
            yield return $"--images must be between 1 and 100; got {Images}.";
        }

        if (Threads is < 1 or > 64)
        {
            yield return $"--threads must be between 1 and 64; got {Threads}.";
        }
    }
}
