// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Datasets.Synthesis;
using VateSharp.Datasets.VisDrone;
using VateSharp.Evaluation;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Tests.Synthesis;

public sealed class SequenceSynthesizerTests
{
    private static readonly SynthesisOptions Small = new()
    {
        Sequences = 2,
        FramesPerSequence = 20,
        Width = 320,
        Height = 180,
        Seed = 7,
        StillsPerSequence = 2,
    };

    private static CocoDataset Voc100() =>
        CocoJsonReader.ReadDataset(Path.Combine(TestAssets.Voc100, "annotations", "instances_voc100_cocofmt_v1.json"));

    public sealed class Synthesize
    {
        [Fact]
        public void Should_RoundTripThroughVisDroneReader_When_ConvertingOutputBack()
        {
            // Given
            using var temp = new TempFolder();
            var output = temp.Combine("synth");

            // When
            var result = SequenceSynthesizer.Synthesize(Voc100(), Path.Combine(TestAssets.Voc100, "images"), output, Small);
            var back = temp.Combine("back.json");
            VisDroneToCocoConverter.ConvertToFile(output, back);

            // Then: the converter rebuilds the generator's COCO file byte for byte, in VisDrone's layout.
            Assert.Equal(File.ReadAllBytes(Path.Combine(output, "annotations.json")), File.ReadAllBytes(back));
            Assert.Equal(["synth_0001", "synth_0002"], result.Sequences);
            Assert.True(File.Exists(Path.Combine(output, "sequences", "synth_0002", "0000020.jpg")));
            Assert.Equal(40, result.Dataset.Images.Count);
            Assert.Equal(Voc100().Categories.Select(c => c.Name), result.Dataset.Categories.Select(c => c.Name));
            Assert.NotEmpty(result.Dataset.Annotations);
        }

        [Fact]
        public void Should_ScorePerfectAP_When_GroundTruthIsScoredAgainstItself()
        {
            // Given
            using var temp = new TempFolder();
            var result = SequenceSynthesizer.Synthesize(Voc100(), Path.Combine(TestAssets.Voc100, "images"), temp.Combine("s"), Small);
            var detections = result.Dataset.Annotations.Where(a => !a.IsCrowd)
                .Select(a => new CocoDetection(a.ImageId, a.CategoryId, a.Bbox, 1.0)).ToArray();

            // When
            var summary = CocoEvaluator.Evaluate(result.Dataset, detections).Summarize();

            // Then
            Assert.Equal(1.0, summary.AP);
            Assert.Equal(1.0, summary.AP50);
            Assert.Equal(1.0, summary.AR100);
        }

        [Fact]
        public void Should_WriteIdenticalFiles_When_SeedIsTheSame()
        {
            // Given
            using var temp = new TempFolder();
            var images = Path.Combine(TestAssets.Voc100, "images");
            var options = new SynthesisOptions { Sequences = 1, FramesPerSequence = 5, Width = 160, Height = 90, Seed = 11 };

            // When
            SequenceSynthesizer.Synthesize(Voc100(), images, temp.Combine("a"), options);
            SequenceSynthesizer.Synthesize(Voc100(), images, temp.Combine("b"), options);
            SequenceSynthesizer.Synthesize(Voc100(), images, temp.Combine("c"), new SynthesisOptions { Sequences = 1, FramesPerSequence = 5, Width = 160, Height = 90, Seed = 12 });

            // Then
            var a = Directory.GetFiles(temp.Combine("a"), "*", SearchOption.AllDirectories).Order().ToArray();
            var b = Directory.GetFiles(temp.Combine("b"), "*", SearchOption.AllDirectories).Order().ToArray();
            Assert.Equal(a.Select(f => Path.GetRelativePath(temp.Combine("a"), f)), b.Select(f => Path.GetRelativePath(temp.Combine("b"), f)));
            Assert.All(a.Zip(b), pair => Assert.Equal(File.ReadAllBytes(pair.First), File.ReadAllBytes(pair.Second)));
            Assert.NotEqual(
                File.ReadAllBytes(temp.Combine("a", "annotations.json")),
                File.ReadAllBytes(temp.Combine("c", "annotations.json")));
        }

        [Fact]
        public void Should_BoundTheObjectTightly_When_StillHasOneBrightRectangle()
        {
            // Given: a dark still with one white rectangle, annotated exactly.
            using var temp = new TempFolder();
            using (var still = new Mat(300, 400, MatType.CV_8UC3, Scalar.All(0)))
            {
                still.Rectangle(new Rect(150, 100, 60, 40), Scalar.All(255), -1);
                Cv2.ImWrite(temp.Combine("still.png"), still);
            }

            var source = new CocoDataset(
                [new CocoImage(1, "still.png", 400, 300)],
                [new CocoCategory(1, "box")],
                [new CocoAnnotation(1, 1, 1, new CocoBox(150, 100, 60, 40), 2400, false)]);
            var options = new SynthesisOptions { Sequences = 1, FramesPerSequence = 8, Width = 320, Height = 180, Seed = 5, JpegQuality = 100 };

            // When
            var result = SequenceSynthesizer.Synthesize(source, temp.Path, temp.Combine("out"), options);

            // Then: in every frame the white pixels' bounding box is the ground-truth box within two pixels.
            foreach (var annotation in result.Dataset.Annotations)
            {
                var image = result.Dataset.Images.Single(i => i.Id == annotation.ImageId);
                using var frame = Cv2.ImRead(Path.Combine(temp.Combine("out"), "sequences", image.FileName), ImreadModes.Grayscale);
                using var mask = frame.Threshold(128, 255, ThresholdTypes.Binary);
                var bright = Cv2.BoundingRect(mask);
                Assert.InRange(Math.Abs(bright.X - annotation.Bbox.X), 0, 2);
                Assert.InRange(Math.Abs(bright.Y - annotation.Bbox.Y), 0, 2);
                Assert.InRange(Math.Abs(bright.Right - (annotation.Bbox.X + annotation.Bbox.Width)), 0, 2);
                Assert.InRange(Math.Abs(bright.Bottom - (annotation.Bbox.Y + annotation.Bbox.Height)), 0, 2);
            }

            Assert.NotEmpty(result.Dataset.Annotations);
        }

        [Fact]
        public void Should_MapToVisDroneAndDropOthers_When_VisDroneModeIsAsked()
        {
            // Given
            using var temp = new TempFolder();
            var options = new SynthesisOptions { Sequences = 2, FramesPerSequence = 3, Width = 160, Height = 90, Seed = 2, CategoryMode = SynthesisCategoryMode.VisDrone };

            // When
            var result = SequenceSynthesizer.Synthesize(Voc100(), Path.Combine(TestAssets.Voc100, "images"), temp.Combine("v"), options);

            // Then
            Assert.Equal(VisDroneCategories.ClassNames, result.Dataset.Categories.Select(c => c.Name));
            Assert.False(File.Exists(temp.Combine("v", "categories.json")));
            Assert.All(result.Dataset.Annotations, a => Assert.Contains(a.CategoryId, new long[] { 0, 2, 3, 5, 8, 9 }));
        }

        [Fact]
        public void Should_LeaveNothing_When_OutputIsNotEmpty()
        {
            // Given
            using var temp = new TempFolder();
            temp.WriteText("busy/file.txt", "x");

            // When
            var error = Assert.Throws<DatasetException>(() =>
                SequenceSynthesizer.Synthesize(Voc100(), Path.Combine(TestAssets.Voc100, "images"), temp.Combine("busy"), Small));

            // Then
            Assert.Contains("already exists and is not an empty folder", error.Message, StringComparison.Ordinal);
            Assert.Single(Directory.GetFileSystemEntries(temp.Path));
        }
    }
}
