// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Tests.Evaluation;

public sealed class CocoEvaluatorTests
{
    private static CocoDataset OneImage(params CocoAnnotation[] annotations) => new(
        [new CocoImage(1, "seq/0000001.jpg", 640, 480)],
        [new CocoCategory(1, "person")],
        annotations);

    public sealed class Evaluate
    {
        public static TheoryData<string> Cases => [.. EvaluationCase.Names];

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_GivePycocotoolsStatsBitForBit_When_ScoringHandBuiltCase(string name)
        {
            // Given
            var testCase = EvaluationCase.Load(name);
            var options = new CocoEvaluationOptions { MaxDetections = testCase.MaxDetections };

            // When
            var stats = CocoEvaluator.Evaluate(testCase.GroundTruth, testCase.Detections, options).Summarize().Values;

            // Then
            Assert.Equal(testCase.Expected, stats);
        }

        [Fact]
        public void Should_CountAndLeaveOut_When_DetectionCategoryIsNotInGroundTruth()
        {
            // Given
            var testCase = EvaluationCase.Load("category-only-in-detections");

            // When
            var evaluation = CocoEvaluator.Evaluate(testCase.GroundTruth, testCase.Detections);

            // Then
            Assert.Equal(2, evaluation.IgnoredDetections);
            Assert.Equal([1L, 5L], evaluation.CategoryIds);
        }

        [Fact]
        public void Should_Throw_When_DetectionNamesImageOutsideGroundTruth()
        {
            // Given
            var gt = OneImage(new CocoAnnotation(1, 1, 1, new CocoBox(0, 0, 10, 10), 100, false));
            CocoDetection[] detections = [new(99, 1, new CocoBox(0, 0, 10, 10), 0.5)];

            // When
            var error = Assert.Throws<CocoFormatException>(() => CocoEvaluator.Evaluate(gt, detections));

            // Then
            Assert.Contains("image id 99", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_ScoreZero_When_ThereAreNoDetections()
        {
            // Given: pycocotools cannot load an empty results list; here it means nothing was found.
            var gt = OneImage(new CocoAnnotation(1, 1, 1, new CocoBox(0, 0, 10, 10), 100, false));

            // When
            var summary = CocoEvaluator.Evaluate(gt, []).Summarize();

            // Then
            Assert.Equal(0, summary.AP);
            Assert.Equal(0, summary.AR100);
            Assert.Equal(-1, summary.APl);
        }

        [Theory]
        [InlineData(0, 0, 10, 10, 1.0)]
        [InlineData(2, 2, 6, 6, 1.0)]
        [InlineData(5, 0, 10, 10, 1.0)]
        [InlineData(-5, 0, 10, 10, 1.0)]
        [InlineData(0, 0, 20, 20, 0.5)]
        public void Should_DivideOverlapByDetectionArea_When_GroundTruthIsCrowd(
            double x, double y, double w, double h, double precisionAtFullRecall)
        {
            // Given: a crowd region, a regular box elsewhere, a detection near the crowd and a perfect one.
            var gt = OneImage(
                new CocoAnnotation(1, 1, 1, new CocoBox(0, 0, 10, 10), 100, IsCrowd: true),
                new CocoAnnotation(2, 1, 1, new CocoBox(300, 300, 10, 10), 100, false));
            CocoDetection[] detections =
            [
                new(1, 1, new CocoBox(x, y, w, h), 0.9),
                new(1, 1, new CocoBox(300, 300, 10, 10), 0.5),
            ];

            // When
            var accumulation = CocoEvaluator.Evaluate(gt, detections).Accumulate();

            // Then: with overlap / detection area >= .5 the first detection matches the crowd and is ignored
            // (precision 1 at recall 1, less np.spacing); otherwise it is a false positive (precision 1/2).
            Assert.Equal(precisionAtFullRecall, accumulation.GetPrecision(t: 0, r: 100, k: 0, a: 0, m: 2), 12);
        }
    }

    public sealed class SummarizeCategories
    {
        [Fact]
        public void Should_MatchPycocotoolsWithOneCategory_When_BreakingDownVoc100()
        {
            // Given
            var (gt, detections) = Voc100();

            // When
            var categories = CocoEvaluator.Evaluate(gt, detections).SummarizeCategories();

            // Then: pycocotools with params.catIds = [id] gave these.
            var person = categories.Single(c => c.Category.Name == "person").Summary;
            var car = categories.Single(c => c.Category.Name == "car").Summary;
            var aeroplane = categories.Single(c => c.Category.Name == "aeroplane").Summary;
            Assert.Equal([0.18902801761425497, 0.3856748805543623, 0.15320850099715858], person.Values.Take(3));
            Assert.Equal([0.07742185171694427, 0.17840822543792842, 0.08684890228153251], car.Values.Take(3));
            Assert.Equal([0.4208672699849171, 0.8422830518345954, 0.5685318758120157], aeroplane.Values.Take(3));
            Assert.Equal(20, categories.Count);
        }
    }

    public sealed class Accumulate
    {
        [Fact]
        public void Should_MatchPycocotoolsWithImageSubset_When_GivenImageIds()
        {
            // Given
            var (gt, detections) = Voc100();

            // When
            var stats = CocoEvaluator.Evaluate(gt, detections).Accumulate(Enumerable.Range(1, 50).Select(i => (long)i))
                .Summarize().Values;

            // Then: pycocotools with params.imgIds = 1..50 gave these.
            double[] expected =
                [0.290794263550717, 0.5467563736175515, 0.2937384319811548, 0.08344672702564374, 0.33325890665989677,
                 0.4695407789339587, 0.3327770083102493, 0.4768882733148661, 0.48012003693444144, 0.15,
                 0.42599999999999993, 0.5346296296296297];
            Assert.Equal(expected, stats);
        }
    }

    public sealed class SummarizeSequences
    {
        [Fact]
        public void Should_EqualSubsetAccumulation_When_ImagesLieInFolders()
        {
            // Given: two sequences by folder name.
            var testCase = EvaluationCase.Load("score-ties");
            var images = testCase.GroundTruth.Images
                .Select(i => i with { FileName = (i.Id == 1 ? "a/" : "b/") + $"{i.Id:0000000}.jpg" }).ToArray();
            var gt = testCase.GroundTruth with { Images = images };

            // When
            var evaluation = CocoEvaluator.Evaluate(gt, testCase.Detections);
            var sequences = evaluation.SummarizeSequences();

            // Then
            Assert.Equal(["a", "b"], sequences.Select(s => s.Sequence));
            Assert.Equal([1, 2], sequences.Select(s => s.Images));
            Assert.Equal(evaluation.Accumulate([2L, 3L]).Summarize().Values, sequences[1].Summary.Values);
        }
    }

    internal static (CocoDataset Gt, IReadOnlyList<CocoDetection> Detections) Voc100()
    {
        var gt = CocoJsonReader.ReadDataset(
            Path.Combine(TestAssets.Voc100, "annotations", "instances_voc100_cocofmt_v1.json"));
        var results = CocoJsonReader.ReadResults(Path.Combine(TestAssets.Voc100, "sample_detections", "coco_dets.json"));
        return (gt, CocoResultMatcher.Match(results, gt).Detections);
    }
}
