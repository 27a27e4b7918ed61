// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Synthesis;

/// <summary>What <see cref="SequenceSynthesizer.Synthesize"/> wrote.</summary>
/// <param name="Output">The output folder.</param>
/// <param name="Sequences">The sequence names, in order.</param>
/// <param name="Dataset">The COCO dataset written to <c>annotations.json</c>.</param>
/// <param name="OutOfViewBoxes">Box placements dropped because they were mostly out of view.</param>
/// <param name="UnmappedBoxes">Source boxes left out because their class has no VisDrone counterpart.</param>
public sealed record SynthesisResult(
    string Output,
    IReadOnlyList<string> Sequences,
    CocoDataset Dataset,
    int OutOfViewBoxes,
    int UnmappedBoxes);
