// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference.Decoding;

/// <summary>
/// The rows OpenCV DNN returns for Darknet <c>[yolo]</c> layers, <c>[N, 5 + C]</c> per head: centre and size as
/// fractions of the input, objectness, then class scores already multiplied by objectness. One box per row with
/// its best class.
/// </summary>
public sealed class DarknetYoloDecoder : IOutputDecoder
{
    /// <inheritdoc />
    public string? CheckLayout(IReadOnlyList<IReadOnlyList<int>> outputShapes, int inputWidth, int inputHeight)
    {
        ArgumentNullException.ThrowIfNull(outputShapes);

        return outputShapes.Count > 0 && outputShapes.All(s => s.Count == 2 && s[1] > 5)
            ? null
            : $"Darknet YOLO layers should give [N,5+C] rows but gave {string.Join(" ", outputShapes.Select(OutputTensor.Describe))}";
    }

    /// <inheritdoc />
    public void Decode(
        IReadOnlyList<OutputTensor> outputs, int inputWidth, int inputHeight, float scoreThreshold, List<DetectionCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(candidates);

        foreach (var output in outputs)
        {
            var width = output.LastDimension;
            var data = output.Data.Span;
            for (var i = 0; i < output.Rows; i++)
            {
                var r = data.Slice(i * width, width);
                var cls = DecoderMath.ArgMax(r[5..], out var score);
                if (score < scoreThreshold || score <= 0f)
                {
                    continue;
                }

                var box = BoundingBox.FromCenter(r[0] * inputWidth, r[1] * inputHeight, r[2] * inputWidth, r[3] * inputHeight);
                candidates.Add(new DetectionCandidate(box, cls, score));
            }
        }
    }
}
