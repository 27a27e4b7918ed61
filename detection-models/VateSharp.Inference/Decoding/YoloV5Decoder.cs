// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference.Decoding;

/// <summary>
/// The YOLOv5 export layout <c>[1, N, 5 + C]</c>: centre x, centre y, width, height in input pixels, objectness,
/// then C class probabilities (all sigmoid applied). One box per row with its best class, scored <c>obj * cls</c>.
/// </summary>
public sealed class YoloV5Decoder : IOutputDecoder
{
    /// <inheritdoc />
    public string? CheckLayout(IReadOnlyList<IReadOnlyList<int>> outputShapes, int inputWidth, int inputHeight)
    {
        ArgumentNullException.ThrowIfNull(outputShapes);

        return outputShapes.Count >= 1 && outputShapes[0].Count == 3 && (outputShapes[0][2] < 1 || outputShapes[0][2] > 5)
            ? null
            : $"the YOLOv5 layout is one output [1,N,5+C] but the model's first output is {(outputShapes.Count > 0 ? OutputTensor.Describe(outputShapes[0]) : "missing")}";
    }

    /// <inheritdoc />
    public void Decode(
        IReadOnlyList<OutputTensor> outputs, int inputWidth, int inputHeight, float scoreThreshold, List<DetectionCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(candidates);

        var output = outputs[0];
        var width = output.LastDimension;
        var data = output.Data.Span;
        for (var i = 0; i < output.Rows; i++)
        {
            var r = data.Slice(i * width, width);
            if (r[4] < scoreThreshold)
            {
                continue;
            }

            var cls = DecoderMath.ArgMax(r[5..], out var probability);
            var score = r[4] * probability;
            if (score >= scoreThreshold)
            {
                candidates.Add(new DetectionCandidate(BoundingBox.FromCenter(r[0], r[1], r[2], r[3]), cls, score));
            }
        }
    }
}
