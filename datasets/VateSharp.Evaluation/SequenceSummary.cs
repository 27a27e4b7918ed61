// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Evaluation;

/// <summary>The twelve COCO numbers over one sequence's images alone.</summary>
/// <param name="Sequence">The folder part of the images' file names (empty for files at the root).</param>
/// <param name="Images">How many ground-truth images the sequence has.</param>
/// <param name="Summary">The numbers, averaged over the categories present in the sequence.</param>
public sealed record SequenceSummary(string Sequence, int Images, CocoSummary Summary);
