// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference.Decoding;

/// <summary>
/// YOLOX's anchor-free output <c>[1, N, 5 + C]</c> with N cells of strides 8, 16 and 32, row-major per level
/// (Megvii-BaseDetection/YOLOX demo post-processing): xy offsets <c>(v + grid) * stride</c>, log sizes
/// <c>exp(v) * stride</c>, objectness and class probabilities with sigmoid applied. One box per cell with its
/// best class, scored <c>obj * cls</c>. The grid follows the input size, so larger exports decode the same way.
/// </summary>
public sealed class YoloxDecoder : IOutputDecoder
{
    private static readonly int[] Strides = [8, 16, 32];

    /// <inheritdoc />
    public string? CheckLayout(IReadOnlyList<IReadOnlyList<int>> outputShapes, int inputWidth, int inputHeight)
    {
        ArgumentNullException.ThrowIfNull(outputShapes);

        var cells = Strides.Sum(s => (inputWidth / s) * (inputHeight / s));
        return outputShapes.Count == 1 && outputShapes[0].Count == 3 && DecoderMath.Matches(outputShapes[0][1], cells)
            && (outputShapes[0][2] < 1 || outputShapes[0][2] > 5)
            ? null
            : $"YOLOX at {inputWidth}x{inputHeight} expects one output [1,{cells},5+C] but the model has {string.Join(" ", outputShapes.Select(OutputTensor.Describe))}";
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
        var row = 0;
        foreach (var stride in Strides)
        {
            int gridW = inputWidth / stride, gridH = inputHeight / stride;
            for (var gy = 0; gy < gridH; gy++)
            {
                for (var gx = 0; gx < gridW; gx++, row++)
                {
                    var r = data.Slice(row * width, width);
                    if (r[4] < scoreThreshold)
                    {
                        continue;
                    }

                    var cls = DecoderMath.ArgMax(r[5..], out var probability);
                    var score = r[4] * probability;
                    if (score < scoreThreshold)
                    {
                        continue;
                    }

                    var cx = (r[0] + gx) * stride;
                    var cy = (r[1] + gy) * stride;
                    var w = MathF.Exp(r[2]) * stride;
                    var h = MathF.Exp(r[3]) * stride;
                    candidates.Add(new DetectionCandidate(BoundingBox.FromCenter(cx, cy, w, h), cls, score));
                }
            }
        }
    }
}
