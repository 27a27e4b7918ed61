// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Core.Detections;

namespace VateSharp.Inference.Tests.Models;

public sealed class CatalogueDetectorTests
{
    private static readonly string[] DogModels = ["fastestdet", "yolox-nano", "picodet-s-416", "yolo-fastest-1.1-xl"];

    public sealed class TheDetectMethod
    {
        [Theory]
        [InlineData("fastestdet")]
        [InlineData("yolox-nano")]
        [InlineData("picodet-s-416")]
        [InlineData("yolo-fastest-1.1-xl")]
        public async Task Should_FindDogBicycleAndCar_When_GivenDogJpg(string model)
        {
            // Given
            var detector = await DetectorCache.GetAsync(model);
            using var image = Cv2.ImRead(await DetectorCache.SampleImageAsync("dog.jpg"));

            // When
            var detections = detector.Detect(image);

            // Then
            Assert.True(Best(detections, "dog") >= 0.4f, Describe(model, detections));
            Assert.True(Best(detections, "bicycle") >= 0.4f, Describe(model, detections));
            Assert.True(MathF.Max(Best(detections, "car"), Best(detections, "truck")) >= 0.4f, Describe(model, detections));
            Assert.All(detections, d => Assert.True(d.Box.X1 >= 0 && d.Box.Y1 >= 0 && d.Box.X2 <= image.Width && d.Box.Y2 <= image.Height));
        }

        [Fact]
        public async Task Should_AgreeOnTheDogBox_When_FourModelsLookAtDogJpg()
        {
            // Given
            using var image = Cv2.ImRead(await DetectorCache.SampleImageAsync("dog.jpg"));

            // When
            var dogs = new List<Detection>();
            foreach (var model in DogModels)
            {
                var detector = await DetectorCache.GetAsync(model);
                dogs.Add(detector.Detect(image).Where(d => d.Label == "dog").MaxBy(d => d.Score));
            }

            // Then every pair of the four best dog boxes overlaps by IoU 0.5 or more.
            for (var i = 0; i < dogs.Count; i++)
            {
                for (var j = i + 1; j < dogs.Count; j++)
                {
                    var iou = dogs[i].Box.IoU(dogs[j].Box);
                    Assert.True(iou >= 0.5f, $"{DogModels[i]} vs {DogModels[j]}: IoU {iou:0.000} ({dogs[i].Box} / {dogs[j].Box})");
                }
            }
        }

        [Theory]
        [InlineData("nanodet-m-320")]
        [InlineData("picodet-s-320")]
        [InlineData("yolo-fastest-1.1")]
        public async Task Should_FindTheDog_When_OtherCatalogueModelsLookAtDogJpg(string model)
        {
            var detector = await DetectorCache.GetAsync(model);
            using var image = Cv2.ImRead(await DetectorCache.SampleImageAsync("dog.jpg"));

            var detections = detector.Detect(image, new PostprocessOptions { ScoreThreshold = 0.3f });

            Assert.True(Best(detections, "dog") >= 0.3f, Describe(model, detections));
        }

        [Fact]
        public async Task Should_RespectMaxDetections_When_ScoreThresholdIsLow()
        {
            var detector = await DetectorCache.GetAsync("yolox-nano");
            using var image = Cv2.ImRead(await DetectorCache.SampleImageAsync("dog.jpg"));

            var detections = detector.Detect(image, new PostprocessOptions { ScoreThreshold = 0.001f, MaxDetections = 7 });

            Assert.Equal(7, detections.Count);
            Assert.True(detections.Zip(detections.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        }

        [Fact]
        public async Task Should_RefuseWithOneSentence_When_ImageIsEmpty()
        {
            var detector = await DetectorCache.GetAsync("fastestdet");
            using var empty = Cv2.ImDecode("not a jpeg"u8.ToArray(), ImreadModes.Color);

            var error = Assert.Throws<ArgumentException>(() => detector.Detect(empty));

            Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        }

        private static float Best(IReadOnlyList<Detection> detections, string label) =>
            detections.Where(d => d.Label == label).Select(d => d.Score).DefaultIfEmpty(0f).Max();

        private static string Describe(string model, IReadOnlyList<Detection> detections) =>
            model + ": " + string.Join("; ", detections.Take(10).Select(d => $"{d.Label} {d.Score:0.00} {d.Box}"));
    }
}
