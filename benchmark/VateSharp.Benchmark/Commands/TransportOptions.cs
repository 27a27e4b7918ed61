// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Commands;

/// <summary>Options of <c>benchmark transport</c>.</summary>
[Verb("transport", HelpText = "Measure the edge server over tcp loopback against the bare model: frames/s with 1 and 2 workers, round-trip percentiles at light load.")]
public sealed class TransportOptions : VerbOptions
{
    /// <summary>Gets or sets the model.</summary>
    [Option("model", Default = "yolox-nano", HelpText = "Catalogue model or path. Default yolox-nano.")]
    public string Model { get; set; } = "yolox-nano";

    /// <summary>Gets or sets the frame count per measurement.</summary>
    [Option("frames", Default = 100, HelpText = "Frames per measurement. Default 100.")]
    public int Frames { get; set; } = 100;

    /// <summary>Gets or sets threads per inference.</summary>
    [Option("threads", Default = 1, HelpText = "Threads per inference, the same for the bare model and every worker. Default 1.")]
    public int Threads { get; set; } = 1;

    /// <summary>Gets or sets the image size.</summary>
    [Option("size", Default = "640x512", HelpText = "Size dog.jpg is resized to before JPEG encoding (VATE's edge size). Default 640x512.")]
    public string Size { get; set; } = "640x512";

    /// <summary>Gets or sets the JSON output.</summary>
    [Option("output", HelpText = "Also write the results as JSON to this file. Default none.")]
    public string? Output { get; set; }

    /// <inheritdoc/>
    public override IEnumerable<string> Validate()
    {
        if (Frames is < 10 or > 100_000)
        {
            yield return $"--frames must be between 10 and 100000; got {Frames}.";
        }

        if (Threads is < 1 or > 64)
        {
            yield return $"--threads must be between 1 and 64; got {Threads}.";
        }

        if (!TryParseSize(Size, out _, out _))
        {
            yield return $"--size must look like 640x512; got '{Size}'.";
        }
    }

    internal static bool TryParseSize(string text, out int width, out int height)
    {
        width = height = 0;
        var parts = text.Split('x');
        return parts.Length == 2 && int.TryParse(parts[0], out width) && int.TryParse(parts[1], out height)
            && width is >= 32 and <= 8192 && height is >= 32 and <= 8192;
    }
}
