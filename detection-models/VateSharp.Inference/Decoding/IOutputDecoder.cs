// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Inference.Decoding;

/// <summary>Turns a family's raw output tensors into candidate boxes in network-input pixels.</summary>
public interface IOutputDecoder
{
    /// <summary>
    /// Checks, at load time, that the model's outputs have the layout this decoder reads. Dimensions below 1
    /// (dynamic) match anything.
    /// </summary>
    /// <returns><see langword="null"/> when they do, else a clause saying what was expected and what was found.</returns>
    string? CheckLayout(IReadOnlyList<IReadOnlyList<int>> outputShapes, int inputWidth, int inputHeight);

    /// <summary>Appends every candidate scoring at least <paramref name="scoreThreshold"/>.</summary>
    /// <param name="outputs">The outputs, in the model's output order.</param>
    /// <param name="inputWidth">The network input width in pixels.</param>
    /// <param name="inputHeight">The network input height in pixels.</param>
    /// <param name="scoreThreshold">The lowest score kept.</param>
    /// <param name="candidates">Receives boxes in network-input pixels.</param>
    void Decode(
        IReadOnlyList<OutputTensor> outputs, int inputWidth, int inputHeight, float scoreThreshold, List<DetectionCandidate> candidates);
}
