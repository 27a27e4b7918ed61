// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference.Decoding;

/// <summary>
/// FastestDet's single map <c>[1, 5 + C, H, W]</c> (after dog-qiuqiu/FastestDet's ONNX Runtime example): channel 0
/// objectness (sigmoid applied), 1-2 centre offsets (tanh), 3-4 width and height as fractions of the image
/// (sigmoid), then C class probabilities (softmax applied). One box per cell with its best class, scored
/// <c>obj^0.6 * cls^0.4</c>.
/// </summary>
public sealed class FastestDetDecoder : IOutputDecoder
{
    /// <inheritdoc />
    public string? CheckLayout(IReadOnlyList<IReadOnlyList<int>> outputShapes, int inputWidth, int inputHeight)
    {
        ArgumentNullException.ThrowIfNull(outputShapes);

        return outputShapes.Count == 1 && outputShapes[0].Count == 4 && (outputShapes[0][1] < 1 || outputShapes[0][1] > 5)
            ? null
            : $"FastestDet expects one output [1,5+C,H,W] but the model has {string.Join(" ", outputShapes.Select(OutputTensor.Describe))}";
    }

    /// <inheritdoc />
    public void Decode(
        IReadOnlyList<OutputTensor> outputs, int inputWidth, int inputHeight, float scoreThreshold, List<DetectionCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(candidates);

        var output = outputs[0];
        int channels = output.Shape[1], gridH = output.Shape[2], gridW = output.Shape[3];
        var classes = channels - 5;
        var plane = gridH * gridW;
        var data = output.Data.Span;

        // score <= obj^0.6, so a cell whose objectness is below threshold^(1/0.6) cannot reach the threshold.
        var minObjectness = MathF.Pow(scoreThreshold, 1f / 0.6f);
        for (var gy = 0; gy < gridH; gy++)
        {
            for (var gx = 0; gx < gridW; gx++)
            {
                var cell = (gy * gridW) + gx;
                var objectness = data[cell];
                if (objectness < minObjectness)
                {
                    continue;
                }

                var bestClass = 0;
                var bestProbability = float.MinValue;
                for (var c = 0; c < classes; c++)
                {
                    var p = data[((5 + c) * plane) + cell];
                    if (p > bestProbability)
                    {
                        bestProbability = p;
                        bestClass = c;
                    }
                }

                var score = MathF.Pow(objectness, 0.6f) * MathF.Pow(MathF.Max(bestProbability, 0f), 0.4f);
                if (score < scoreThreshold)
                {
                    continue;
                }

                var cx = (gx + MathF.Tanh(data[plane + cell])) / gridW;
                var cy = (gy + MathF.Tanh(data[(2 * plane) + cell])) / gridH;
                var w = DecoderMath.Sigmoid(data[(3 * plane) + cell]);
                var h = DecoderMath.Sigmoid(data[(4 * plane) + cell]);
                var box = BoundingBox.FromCenter(cx * inputWidth, cy * inputHeight, w * inputWidth, h * inputHeight);
                candidates.Add(new DetectionCandidate(box, bestClass, score));
            }
        }
    }
}
