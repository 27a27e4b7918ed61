// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;

namespace VateSharp.Inference.Preprocessing;

/// <summary>Everything needed to turn an image into a model's input tensor.</summary>
public sealed record PreprocessSettings
{
    /// <summary>Gets the input width in pixels.</summary>
    public required int InputWidth { get; init; }

    /// <summary>Gets the input height in pixels.</summary>
    public required int InputHeight { get; init; }

    /// <summary>Gets the channel order the model expects.</summary>
    public required ColourOrder ColourOrder { get; init; }

    /// <summary>Gets the normalisation.</summary>
    public required Normalisation Normalisation { get; init; }

    /// <summary>Gets how the image is fitted to the input.</summary>
    public required ResizeMode Resize { get; init; }

    /// <summary>Gets the letterbox padding grey value (0-255).</summary>
    public int PadValue { get; init; }

    /// <summary>Gets the resampling filter.</summary>
    public Interpolation Interpolation { get; init; } = Interpolation.Linear;

    /// <summary>Creates the settings of a catalogue model, with the input size the model file itself declares.</summary>
    public static PreprocessSettings From(ModelEntry model, int inputWidth, int inputHeight)
    {
        ArgumentNullException.ThrowIfNull(model);

        return new PreprocessSettings
        {
            InputWidth = inputWidth,
            InputHeight = inputHeight,
            ColourOrder = model.ColourOrder,
            Normalisation = model.Normalisation,
            Resize = model.Resize,
            PadValue = model.PadValue,
            Interpolation = model.Interpolation,
        };
    }
}
