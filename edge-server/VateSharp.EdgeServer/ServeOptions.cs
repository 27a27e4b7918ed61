// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using VateSharp.EdgeServer.Hosting;

namespace VateSharp.EdgeServer;

/// <summary>Options of <c>edge-server [serve]</c>.</summary>
[Verb("serve", isDefault: true, HelpText = "Serve a detector over ZeroMQ (the default verb).")]
public sealed class ServeOptions : ServeOptionsBase
{
    /// <summary>Gets or sets the model.</summary>
    [Option("model", HelpText = "Catalogue model (fastestdet, yolox-nano, picodet-s-320, picodet-s-416, nanodet-m-320, nanodet-m-416, yolo-fastest-1.1, ...) or a model file path (needs --family). Default yolox-nano.")]
    public string? Model { get; set; }

    /// <summary>Gets or sets the model family for a path.</summary>
    [Option("family", HelpText = "Family of a model given by path: yolox, yolov5, yolov8, picodet, nanodet, fastestdet, yolo-fastest. Default none.")]
    public string? Family { get; set; }

    /// <summary>Gets the model after defaults.</summary>
    public string ResolvedModel => Model ?? "yolox-nano";

    /// <inheritdoc/>
    protected override string DefaultEndpoint => "tcp://*:5555";
}
