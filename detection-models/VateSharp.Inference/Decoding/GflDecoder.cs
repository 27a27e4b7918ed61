// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Inference.Decoding;

/// <summary>
/// Generalised Focal Loss heads (PP-PicoDet, NanoDet): per stride one class map <c>[.., N, C]</c> (sigmoid
/// applied) and one box map <c>[.., N, 4 * 8]</c> whose four sides are each a softmax over 8 distance bins; the
/// expected bin times the stride is the distance from the cell centre <c>x * stride + (stride - 1) / 2</c>
/// (PaddleDetection's PicoHead and RangiLyu/nanodet's GFL head, as the hpc203 ONNX samples decode them).
/// Outputs are matched to strides by their cell count N, not by name, because some exports shuffle names.
/// </summary>
public sealed class GflDecoder : IOutputDecoder
{
    private static readonly int Bins = 8;
    private static readonly int BoxChannels = 4 * Bins;

    private readonly int[] _strides;
    private readonly bool _multiLabel;
    private (int Class, int Box)[]? _levels;

    /// <summary>Initializes a new instance of the <see cref="GflDecoder"/> class.</summary>
    /// <param name="strides">The strides, finest first: 8, 16, 32, 64 for PicoDet; 8, 16, 32 for NanoDet.</param>
    /// <param name="multiLabel">
    /// Emit one candidate per class above threshold for each cell (default, as both reference post-processors
    /// do), rather than only the best class.
    /// </param>
    public GflDecoder(IReadOnlyList<int> strides, bool multiLabel = true)
    {
        ArgumentNullException.ThrowIfNull(strides);
        if (strides.Count == 0 || strides.Any(s => s <= 0))
        {
            throw new ArgumentException($"GFL strides must be positive and non-empty, but are [{string.Join(",", strides)}].", nameof(strides));
        }

        _strides = [.. strides];
        _multiLabel = multiLabel;
    }

    /// <summary>Gets PicoDet's strides: 8, 16, 32, 64.</summary>
    public static IReadOnlyList<int> PicoDetStrides { get; } = [8, 16, 32, 64];

    /// <summary>Gets NanoDet-m's strides: 8, 16, 32.</summary>
    public static IReadOnlyList<int> NanoDetStrides { get; } = [8, 16, 32];

    /// <inheritdoc />
    public string? CheckLayout(IReadOnlyList<IReadOnlyList<int>> outputShapes, int inputWidth, int inputHeight)
    {
        ArgumentNullException.ThrowIfNull(outputShapes);

        var levels = Match(outputShapes, inputWidth, inputHeight);
        if (levels is null)
        {
            var expected = string.Join(", ", _strides.Select(s => CellCount(s, inputWidth, inputHeight)));
            return $"a GFL head with strides {string.Join("/", _strides)} at {inputWidth}x{inputHeight} expects a class map [N,C] and a box map [N,32] for each N in {expected}, but the model has {string.Join(" ", outputShapes.Select(OutputTensor.Describe))}";
        }

        _levels = levels;
        return null;
    }

    /// <inheritdoc />
    public void Decode(
        IReadOnlyList<OutputTensor> outputs, int inputWidth, int inputHeight, float scoreThreshold, List<DetectionCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(candidates);

        var levels = _levels ??= Match([.. outputs.Select(o => o.Shape)], inputWidth, inputHeight)
            ?? throw new ArgumentException("The outputs do not form a GFL head for these strides.", nameof(outputs));
        for (var level = 0; level < _strides.Length; level++)
        {
            var classMap = outputs[levels[level].Class];
            var boxMap = outputs[levels[level].Box];
            DecodeLevel(classMap, boxMap, _strides[level], inputWidth, scoreThreshold, candidates);
        }
    }

    private static int CellCount(int stride, int inputWidth, int inputHeight) =>
        ((inputWidth + stride - 1) / stride) * ((inputHeight + stride - 1) / stride);

    private static BoundingBox DecodeBox(ReadOnlySpan<float> sides, int gx, int gy, int stride)
    {
        var cx = (gx * stride) + ((stride - 1) * 0.5f);
        var cy = (gy * stride) + ((stride - 1) * 0.5f);
        var left = DecoderMath.SoftmaxExpectation(sides[..Bins]) * stride;
        var top = DecoderMath.SoftmaxExpectation(sides.Slice(Bins, Bins)) * stride;
        var right = DecoderMath.SoftmaxExpectation(sides.Slice(2 * Bins, Bins)) * stride;
        var bottom = DecoderMath.SoftmaxExpectation(sides.Slice(3 * Bins, Bins)) * stride;
        return new BoundingBox(cx - left, cy - top, cx + right, cy + bottom);
    }

    private (int Class, int Box)[]? Match(IReadOnlyList<IReadOnlyList<int>> shapes, int inputWidth, int inputHeight)
    {
        if (shapes.Count != 2 * _strides.Length)
        {
            return null;
        }

        var levels = new (int Class, int Box)[_strides.Length];
        for (var level = 0; level < _strides.Length; level++)
        {
            var cells = CellCount(_strides[level], inputWidth, inputHeight);
            int cls = -1, box = -1;
            for (var i = 0; i < shapes.Count; i++)
            {
                var shape = shapes[i];
                var rows = 1;
                for (var d = 0; d < shape.Count - 1; d++)
                {
                    rows *= shape[d];
                }

                if (shape.Count < 2 || rows != cells)
                {
                    continue;
                }

                if (shape[^1] == BoxChannels && box < 0)
                {
                    box = i;
                }
                else if (cls < 0)
                {
                    cls = i;
                }
            }

            if (cls < 0 || box < 0)
            {
                return null;
            }

            levels[level] = (cls, box);
        }

        return levels;
    }

    private void DecodeLevel(
        OutputTensor classMap, OutputTensor boxMap, int stride, int inputWidth, float scoreThreshold, List<DetectionCandidate> candidates)
    {
        var classes = classMap.LastDimension;
        var gridW = (inputWidth + stride - 1) / stride;
        var scores = classMap.Data.Span;
        var boxes = boxMap.Data.Span;
        var cells = classMap.Rows;
        for (var i = 0; i < cells; i++)
        {
            var row = scores.Slice(i * classes, classes);
            var best = DecoderMath.ArgMax(row, out var bestScore);
            if (bestScore < scoreThreshold)
            {
                continue;
            }

            var box = DecodeBox(boxes.Slice(i * BoxChannels, BoxChannels), i % gridW, i / gridW, stride);
            if (!_multiLabel)
            {
                candidates.Add(new DetectionCandidate(box, best, bestScore));
                continue;
            }

            for (var c = 0; c < classes; c++)
            {
                if (row[c] >= scoreThreshold)
                {
                    candidates.Add(new DetectionCandidate(box, c, row[c]));
                }
            }
        }
    }
}
