// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Synthesis;

/// <summary>How far synthesis has got: frame <paramref name="Frame"/> of sequence <paramref name="Sequence"/> is written.</summary>
/// <param name="Sequence">The 1-based sequence number.</param>
/// <param name="Sequences">How many sequences there are.</param>
/// <param name="Frame">The 1-based frame number within the sequence.</param>
/// <param name="Frames">How many frames a sequence has.</param>
public readonly record struct SynthesisProgress(int Sequence, int Sequences, int Frame, int Frames);
