// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference.Decoding;

/// <summary>
/// The YOLOv8 (and later Ultralytics) export layout <c>[1, 4 + C, N]</c>, channels first: centre x, centre y,
/// width, height in input pixels, then C class scores (sigmoid applied, no objectness). One box per column with
/// its best class.
/// </summary>
public sealed class YoloV8Decoder : IOutputDecoder
{
    /// <inheritdoc />
    public string? CheckLayout(IReadOnlyList<IReadOnlyList<int>> outputShapes, int inputWidth, int inputHeight)
    {
        ArgumentNullException.ThrowIfNull(outputShapes);

        return outputShapes.Count >= 1 && outputShapes[0].Count == 3 && (outputShapes[0][1] < 1 || outputShapes[0][1] > 4)
            ? null
            : $"the YOLOv8 layout is one output [1,4+C,N] but the model's first output is {(outputShapes.Count > 0 ? OutputTensor.Describe(outputShapes[0]) : "missing")}";
    }

    /// <inheritdoc />
    public void Decode(
        IReadOnlyList<OutputTensor> outputs, int inputWidth, int inputHeight, float scoreThreshold, List<DetectionCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(candidates);

        var output = outputs[0];
        int channels = output.Shape[1], count = output.Shape[2];
        var classes = channels - 4;
        var data = output.Data.Span;
        for (var i = 0; i < count; i++)
        {
            var cls = 0;
            var score = float.MinValue;
            for (var c = 0; c < classes; c++)
            {
                var s = data[((4 + c) * count) + i];
                if (s > score)
                {
                    score = s;
                    cls = c;
                }
            }

            if (score < scoreThreshold)
            {
                continue;
            }

            var box = BoundingBox.FromCenter(data[i], data[count + i], data[(2 * count) + i], data[(3 * count) + i]);
            candidates.Add(new DetectionCandidate(box, cls, score));
        }
    }
}
