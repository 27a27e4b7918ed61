// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;

namespace VateSharp.Inference.Preprocessing;

/// <summary>Per-output-channel <c>value = pixel * Multiplier + Offset</c>, folded from scale, mean and std.</summary>
public readonly record struct ChannelCoefficients(
    float Multiplier0, float Multiplier1, float Multiplier2, float Offset0, float Offset1, float Offset2)
{
    /// <summary>Folds <c>(pixel * scale - mean[c]) / std[c]</c> into multiply-add coefficients.</summary>
    public static ChannelCoefficients From(Normalisation normalisation)
    {
        ArgumentNullException.ThrowIfNull(normalisation);
        if (normalisation.Mean.Count != 3 || normalisation.Std.Count != 3)
        {
            throw new ArgumentException(
                $"Normalisation needs three means and three standard deviations, but has {normalisation.Mean.Count} and {normalisation.Std.Count}.",
                nameof(normalisation));
        }

        var s = normalisation.Scale;
        var mean = normalisation.Mean;
        var std = normalisation.Std;
        return new ChannelCoefficients(
            s / std[0], s / std[1], s / std[2], -mean[0] / std[0], -mean[1] / std[1], -mean[2] / std[2]);
    }
}
