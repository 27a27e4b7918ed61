// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Assets;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of <c>benchmark loop</c>.</summary>
[Verb("loop", HelpText = "Time a plain frame loop over a list of frames: read each frame with OpenCV and run the light detector on it (or only read, with --decode-only), then print one JSON object with the frame rate. The sweep runs it beside the Python OpenCV peer (scripts/peer/opencv_loop.py) on the same frames.")]
public sealed class LoopOptions : VerbOptions
{
    /// <summary>Gets or sets the frame list file.</summary>
    [Option("frames", HelpText = "Text file naming one image per line, read in that order. Either this or --sequences.")]
    public string? Frames { get; set; }

    /// <summary>Gets or sets the sequence glob.</summary>
    [Option("sequences", HelpText = "Glob of sequence folders whose frames are read in playback order. Either this or --frames.")]
    public string? Sequences { get; set; }

    /// <summary>Gets or sets the frame cap.</summary>
    [Option("max-frames", HelpText = "Read at most this many frames of each sequence (with --frames: of the list). Default: all.")]
    public int? MaxFrames { get; set; }

    /// <summary>Gets or sets the model.</summary>
    [Option("model", Default = "fastestdet", HelpText = "Catalogue model to run. Default fastestdet.")]
    public string Model { get; set; } = "fastestdet";

    /// <summary>Gets or sets whether only frames are read.</summary>
    [Option("decode-only", HelpText = "Only read the frames (JPEG decode), without a detector: the ceiling of any frame loop. Default off.")]
    public bool DecodeOnly { get; set; }

    /// <summary>Gets or sets the warm-up frame count.</summary>
    [Option("warmup", Default = 10, HelpText = "Frames from the start of the list run before timing starts. Default 10.")]
    public int Warmup { get; set; } = 10;

    /// <summary>Gets or sets the thread count.</summary>
    [Option("threads", Default = 1, HelpText = "Threads per inference (ONNX Runtime's intra-op threads; OpenCV's thread count for Darknet models); 0 lets the library choose. Default 1: with read-ahead, one core decodes the next frame while another runs the network, and on a 2-core machine a second inference thread only competes with the decoding.")]
    public int Threads { get; set; } = 1;

    /// <summary>Gets or sets the read-ahead depth.</summary>
    [Option("read-ahead", Default = 2, HelpText = "Frames a second thread may read (decode) ahead of the one being detected, handed over in order; 0 reads each frame on the loop thread, as the Python peer does. Ignored with --decode-only. Default 2.")]
    public int ReadAhead { get; set; } = 2;

    /// <summary>Gets or sets the output file.</summary>
    [Option("output", HelpText = "Also write the JSON object to this file. Default: stdout only.")]
    public string? Output { get; set; }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        if ((Frames is null) == (Sequences is null))
        {
            yield return "Give exactly one of --frames (a list file) and --sequences (a glob).";
        }

        if (!DecodeOnly && !ModelCatalogue.TryGet(Model, out _))
        {
            yield return $"--model names '{Model}', which is not a catalogue model ({string.Join(", ", ModelCatalogue.Names)}).";
        }

        if (MaxFrames is < 1)
        {
            yield return $"--max-frames must be at least 1, but is {MaxFrames}.";
        }

        if (Warmup < 0 || Threads < 0 || ReadAhead < 0)
        {
            yield return $"--warmup, --threads and --read-ahead must be 0 or more, but are {Warmup}, {Threads} and {ReadAhead}.";
        }
    }
}
