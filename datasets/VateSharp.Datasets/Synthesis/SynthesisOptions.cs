// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.VisDrone;

namespace VateSharp.Datasets.Synthesis;

/// <summary>Options of <see cref="SequenceSynthesizer"/>.</summary>
public sealed class SynthesisOptions
{
    /// <summary>Gets the defaults (4 sequences of 100 frames at 960x540, seed 0).</summary>
    public static SynthesisOptions Default { get; } = new();

    /// <summary>Gets how many sequences to make (default 4).</summary>
    public int Sequences { get; init; } = 4;

    /// <summary>Gets how many frames each sequence has (default 100).</summary>
    public int FramesPerSequence { get; init; } = 100;

    /// <summary>Gets the output frame width in pixels (default 960).</summary>
    public int Width { get; init; } = 960;

    /// <summary>Gets the output frame height in pixels (default 540).</summary>
    public int Height { get; init; } = 540;

    /// <summary>Gets the seed; the same seed, source and options give the same files (default 0).</summary>
    public int Seed { get; init; }

    /// <summary>Gets how many stills each sequence cuts between, each with its own camera path (default 1).</summary>
    public int StillsPerSequence { get; init; } = 1;

    /// <summary>Gets the JPEG quality, 1-100 (default 90).</summary>
    public int JpegQuality { get; init; } = 90;

    /// <summary>Gets which categories the output carries (default <see cref="SynthesisCategoryMode.Source"/>).</summary>
    public SynthesisCategoryMode CategoryMode { get; init; } = SynthesisCategoryMode.Source;

    /// <summary>Gets the COCO ids of VisDrone classes in <see cref="SynthesisCategoryMode.VisDrone"/> mode (default 0-9).</summary>
    public CategoryIdScheme CategoryIds { get; init; } = CategoryIdScheme.Vate;

    /// <summary>
    /// Gets the least fraction of a transformed box that must lie in the frame for it to be kept (default 0.5:
    /// a box mostly out of view is dropped).
    /// </summary>
    public double MinVisibleFraction { get; init; } = 0.5;

    /// <summary>Gets the sequence-name prefix; names are <c>prefix_0001</c>, ... (default <c>synth</c>).</summary>
    public string SequencePrefix { get; init; } = "synth";

    /// <summary>Gets the least zoom over the tightest crop that fills the frame (default 1.1).</summary>
    public double MinZoom { get; init; } = 1.1;

    /// <summary>Gets the greatest zoom (default 1.8).</summary>
    public double MaxZoom { get; init; } = 1.8;

    /// <summary>Gets the largest camera roll either way, in degrees (default 3).</summary>
    public double MaxRotationDegrees { get; init; } = 3;

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Sequences);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(FramesPerSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(Height, 16);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(StillsPerSequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(StillsPerSequence, FramesPerSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(JpegQuality, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(JpegQuality, 100);
        ArgumentOutOfRangeException.ThrowIfNegative(MinVisibleFraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinVisibleFraction, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinZoom, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxZoom, MinZoom);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRotationDegrees);
        ArgumentException.ThrowIfNullOrWhiteSpace(SequencePrefix);
    }
}
