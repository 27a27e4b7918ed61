// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;
using VateSharp.Inference.Decoding;

namespace VateSharp.Inference;

/// <summary>The model families VateSharp decodes, their output decoders and the pre-processing a user model of each gets.</summary>
public static class ModelFamilies
{
    /// <summary>Gets the family names accepted for a model given by path.</summary>
    public static IReadOnlyList<string> Names { get; } = ["yolox", "yolov5", "yolov8", "picodet", "nanodet", "fastestdet", "yolo-fastest"];

    /// <summary>Returns whether <paramref name="family"/> is one of <see cref="Names"/> (case-insensitive).</summary>
    public static bool IsKnown(string? family) =>
        family is not null && Names.Contains(family.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Creates the decoder for a family.</summary>
    /// <exception cref="DetectorLoadException">The family is unknown.</exception>
    public static IOutputDecoder CreateDecoder(string family) => family.ToLowerInvariant() switch
    {
        "yolox" => new YoloxDecoder(),
        "yolov5" => new YoloV5Decoder(),
        "yolov8" => new YoloV8Decoder(),
        "picodet" => new GflDecoder(GflDecoder.PicoDetStrides),
        "nanodet" => new GflDecoder(GflDecoder.NanoDetStrides),
        "fastestdet" => new FastestDetDecoder(),
        "yolo-fastest" => new DarknetYoloDecoder(),
        _ => throw new DetectorLoadException($"The model family '{family}' is unknown; expected one of {string.Join(", ", Names)}."),
    };

    /// <summary>
    /// Describes a model file of a family that is not in the catalogue, as that family's reference exports are
    /// pre-processed: YOLOv5/v8 RGB /255 centred letterbox pad 114; YOLOX BGR 0-255 top-left letterbox pad 114;
    /// PicoDet and NanoDet BGR mean/std; FastestDet and Yolo-Fastest /255 stretch.
    /// </summary>
    public static ModelEntry DescribeUserModel(string family, string name, string path, int inputWidth, int inputHeight)
    {
        var imageNet = new Normalisation { Scale = 1f, Mean = [103.53f, 116.28f, 123.675f], Std = [57.375f, 57.12f, 58.395f] };
        var unit = new Normalisation { Scale = 1f / 255f, Mean = [0f, 0f, 0f], Std = [1f, 1f, 1f] };
        var entry = new ModelEntry
        {
            Name = name,
            Family = family.ToLowerInvariant(),
            Files = [path],
            InputWidth = inputWidth,
            InputHeight = inputHeight,
            ColourOrder = ColourOrder.Bgr,
            Normalisation = Normalisation.Identity,
            Resize = ResizeMode.Stretch,
        };
        return entry.Family switch
        {
            "yolov5" or "yolov8" => entry with
            {
                ColourOrder = ColourOrder.Rgb,
                Normalisation = unit,
                Resize = ResizeMode.LetterboxCentred,
                PadValue = 114,
            },
            "yolox" => entry with { Resize = ResizeMode.LetterboxTopLeft, PadValue = 114 },
            "picodet" => entry with { Normalisation = imageNet, Interpolation = Interpolation.Area },
            "nanodet" => entry with { Normalisation = imageNet, Resize = ResizeMode.LetterboxCentred, Interpolation = Interpolation.Area },
            "fastestdet" => entry with { Normalisation = unit, Interpolation = Interpolation.Area },
            "yolo-fastest" => entry with { ColourOrder = ColourOrder.Rgb, Normalisation = unit },
            _ => throw new DetectorLoadException($"The model family '{family}' is unknown; expected one of {string.Join(", ", Names)}."),
        };
    }
}
