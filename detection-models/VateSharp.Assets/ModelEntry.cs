// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json.Serialization;
using VateSharp.Core.Detections;

namespace VateSharp.Assets;

/// <summary>A catalogue model: its files and the exact pre-processing its weights were trained with.</summary>
public sealed record ModelEntry
{
    /// <summary>Gets the catalogue name (for example <c>yolox-nano</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the family that decodes its outputs: fastestdet, yolox, picodet, nanodet or yolo-fastest.</summary>
    public required string Family { get; init; }

    /// <summary>Gets the files the model needs, relative to the asset root (an .onnx, or a Darknet .cfg and .weights).</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Gets the network input width in pixels.</summary>
    public required int InputWidth { get; init; }

    /// <summary>Gets the network input height in pixels.</summary>
    public required int InputHeight { get; init; }

    /// <summary>Gets the channel order of the input tensor.</summary>
    public required ColourOrder ColourOrder { get; init; }

    /// <summary>Gets the input normalisation.</summary>
    public required Normalisation Normalisation { get; init; }

    /// <summary>Gets how the image is fitted to the input.</summary>
    public required ResizeMode Resize { get; init; }

    /// <summary>Gets the grey value of letterbox padding (0-255).</summary>
    public int PadValue { get; init; }

    /// <summary>Gets the resampling the reference pre-processing uses.</summary>
    public Interpolation Interpolation { get; init; } = Interpolation.Linear;

    /// <summary>Gets the class list the model emits; only <c>coco</c> (COCO's 80 classes in detector order) exists today.</summary>
    public string Classes { get; init; } = "coco";

    /// <summary>
    /// Gets the class names, index = class id. Darknet's coco.names spells some classes the VOC way (motorbike,
    /// aeroplane, sofa ...); the catalogue always uses COCO's spelling for the same indices.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> ClassNames => CocoClasses.Names;

    /// <summary>Gets the licence of the weights.</summary>
    public string Licence { get; init; } = string.Empty;

    /// <summary>Gets a one-line description of the model.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets COCO AP@[.5:.95] on the voc100 data set as measured by the asset mirror with pycocotools, when known.</summary>
    public double? ReferenceApVoc100 { get; init; }
}
