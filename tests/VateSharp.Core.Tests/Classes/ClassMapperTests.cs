// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Classes;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Core.Tests.Classes;

public sealed class ClassMapperTests
{
    private static readonly string[] Voc =
    [
        "aeroplane", "bicycle", "bird", "boat", "bottle", "bus", "car", "cat", "chair", "cow", "diningtable", "dog",
        "horse", "motorbike", "person", "pottedplant", "sheep", "sofa", "train", "tvmonitor",
    ];

    private static readonly string[] VisDrone =
        ["pedestrian", "people", "bicycle", "car", "van", "truck", "tricycle", "awning-tricycle", "bus", "motor"];

    public sealed class Create
    {
        [Theory]
        [InlineData("airplane", "aeroplane")]
        [InlineData("motorcycle", "motorbike")]
        [InlineData("couch", "sofa")]
        [InlineData("potted plant", "pottedplant")]
        [InlineData("dining table", "diningtable")]
        [InlineData("tv", "tvmonitor")]
        [InlineData("person", "person")]
        public void Should_MapCocoToVoc_When_NamesAreSynonyms(string coco, string voc)
        {
            // Given
            var mapper = ClassMapper.Create(CocoClasses.Names, Voc);

            // When
            var mapped = mapper.TryMap(coco, out var target);

            // Then
            Assert.True(mapped);
            Assert.Equal(voc, Voc[target]);
        }

        [Theory]
        [InlineData("person", "pedestrian")]
        [InlineData("bicycle", "bicycle")]
        [InlineData("car", "car")]
        [InlineData("truck", "truck")]
        [InlineData("bus", "bus")]
        [InlineData("motorcycle", "motor")]
        public void Should_MapCocoToVisDrone_When_NamesAreSynonyms(string coco, string visDrone)
        {
            var mapper = ClassMapper.Create(CocoClasses.Names, VisDrone);

            Assert.True(mapper.TryMap(coco, out var target));
            Assert.Equal(visDrone, VisDrone[target]);
        }

        [Fact]
        public void Should_PreferUserMapping_When_Given()
        {
            // Given
            var user = new Dictionary<string, string?> { ["car"] = "van", ["person"] = null };

            // When
            var mapper = ClassMapper.Create(CocoClasses.Names, VisDrone, user);

            // Then
            Assert.True(mapper.TryMap("car", out var car));
            Assert.Equal("van", VisDrone[car]);
            Assert.False(mapper.TryMap("person", out _));
        }

        [Fact]
        public void Should_Throw_When_UserMappingNamesUnknownCategory()
        {
            var user = new Dictionary<string, string?> { ["car"] = "spaceship" };

            var error = Assert.Throws<ClassMappingException>(() => ClassMapper.Create(CocoClasses.Names, VisDrone, user));

            Assert.StartsWith("The class mapping sends 'car' to 'spaceship'", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class MapDetections
    {
        [Fact]
        public void Should_DropAndCountUnmappedClasses_When_Mapping()
        {
            // Given: person (0), train (6) and car (2) against VisDrone's classes.
            var mapper = ClassMapper.Create(CocoClasses.Names, VisDrone);
            var box = new BoundingBox(0, 0, 10, 10);
            Detection[] detections = [new(box, 0, "person", 0.9f), new(box, 6, "train", 0.8f), new(box, 2, "car", 0.7f)];

            // When
            var mapped = mapper.MapDetections(detections);

            // Then
            Assert.Equal(["pedestrian", "car"], mapped.Select(d => d.Label));
            Assert.Equal([0, 3], mapped.Select(d => d.ClassId));
            Assert.Equal(1, mapper.DroppedDetections);
            Assert.Contains("train", mapper.UnmappedSourceNames);
        }
    }

    public sealed class ReadUserMapping
    {
        [Fact]
        public void Should_ReadNamesAndNulls_When_FileIsAnObject()
        {
            // Given
            var path = Path.Combine(Path.GetTempPath(), $"map-{Guid.NewGuid():N}.json");
            File.WriteAllText(path, "{\"car\": \"van\", \"train\": null}");

            try
            {
                // When
                var mapping = ClassMapper.ReadUserMapping(path);

                // Then
                Assert.Equal("van", mapping["car"]);
                Assert.Null(mapping["train"]);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Should_Throw_When_FileIsNotAnObject()
        {
            var path = Path.Combine(Path.GetTempPath(), $"map-{Guid.NewGuid():N}.json");
            File.WriteAllText(path, "[1, 2]");

            try
            {
                var error = Assert.Throws<ClassMappingException>(() => ClassMapper.ReadUserMapping(path));
                Assert.Contains("must hold one JSON object", error.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
