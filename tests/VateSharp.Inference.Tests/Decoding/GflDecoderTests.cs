// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Inference.Decoding;

namespace VateSharp.Inference.Tests.Decoding;

public sealed class GflDecoderTests
{
    // A 64x64 PicoDet input: 8x8, 4x4, 2x2 and 1x1 cells at strides 8, 16, 32 and 64.
    private static readonly int[] Cells = [64, 16, 4, 1];

    public sealed class TheDecodeMethod
    {
        [Fact]
        public void Should_DecodeDistancesFromTheCellCentre_When_BinsArePeaked()
        {
            // Given outputs in a shuffled order (box maps first, stride 16 before 8), as some exports name them;
            // the stride-16 cell 5 (x=1, y=1) scores 0.7 for class 2 and 0.4 for class 0, every side peaked at bin 2.
            var outputs = BuildOutputs(out var classMap16, out var boxMap16);
            classMap16.Set(0.7f, 0, 5, 2).Set(0.4f, 0, 5, 0);
            for (var side = 0; side < 4; side++)
            {
                boxMap16.Set(30f, 0, 5, (side * 8) + 2);
            }

            var candidates = new List<DetectionCandidate>();

            // When
            new GflDecoder(GflDecoder.PicoDetStrides).Decode(outputs, 64, 64, 0.3f, candidates);

            // Then both classes come out (multi-label) with the box centre (1 * 16 + 7.5) +/- 2 * 16.
            Assert.Equal([0, 2], candidates.Select(c => c.ClassId));
            var box = candidates[1].Box;
            Assert.Equal(23.5f - 32f, box.X1, 3);
            Assert.Equal(23.5f + 32f, box.Y2, 3);
            Assert.Equal(0.7f, candidates[1].Score);
            Assert.Equal(box, candidates[0].Box);
        }

        [Fact]
        public void Should_EmitOnlyTheBestClass_When_MultiLabelIsOff()
        {
            var outputs = BuildOutputs(out var classMap16, out _);
            classMap16.Set(0.7f, 0, 5, 2).Set(0.4f, 0, 5, 0);
            var candidates = new List<DetectionCandidate>();

            new GflDecoder(GflDecoder.PicoDetStrides, multiLabel: false).Decode(outputs, 64, 64, 0.3f, candidates);

            Assert.Equal(2, Assert.Single(candidates).ClassId);
        }

        [Fact]
        public void Should_RejectMissingLevels_When_CheckingShapes()
        {
            var problem = new GflDecoder(GflDecoder.PicoDetStrides).CheckLayout([[1, 64, 80], [1, 64, 32]], 64, 64);

            Assert.NotNull(problem);
            Assert.Contains("64, 16, 4, 1", problem, StringComparison.Ordinal);
        }

        private static List<OutputTensor> BuildOutputs(out TensorBuilder classMap16, out TensorBuilder boxMap16)
        {
            var classMaps = Cells.Select(n => new TensorBuilder(1, n, 80)).ToArray();
            var boxMaps = Cells.Select(n => new TensorBuilder(1, n, 32)).ToArray();
            classMap16 = classMaps[1];
            boxMap16 = boxMaps[1];
            return
            [
                boxMaps[1].Build("a"), boxMaps[0].Build("b"), classMaps[1].Build("c"), classMaps[0].Build("d"),
                boxMaps[2].Build("e"), classMaps[3].Build("f"), boxMaps[3].Build("g"), classMaps[2].Build("h"),
            ];
        }
    }
}
