// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Assets;

/// <summary>
/// Per-channel input normalisation: <c>value = (pixel * Scale - Mean[c]) / Std[c]</c>, channels in the model's
/// <see cref="ColourOrder"/>.
/// </summary>
public sealed record Normalisation
{
    /// <summary>Gets the identity normalisation: raw 0-255 values.</summary>
    public static Normalisation Identity { get; } = new() { Scale = 1f, Mean = [0f, 0f, 0f], Std = [1f, 1f, 1f] };

    /// <summary>Gets the factor applied to the 0-255 pixel first (for example 1/255).</summary>
    public required float Scale { get; init; }

    /// <summary>Gets the three per-channel means, subtracted after scaling.</summary>
    public required IReadOnlyList<float> Mean { get; init; }

    /// <summary>Gets the three per-channel standard deviations, divided by last.</summary>
    public required IReadOnlyList<float> Std { get; init; }
}
