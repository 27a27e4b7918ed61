// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Detect;
using VateSharp.Core.Detections;

namespace VateSharp.Benchmark.Tests.Detect;

public sealed class CategoryMappingTests
{
    public sealed class TheMapMethod
    {
        private static readonly (int Id, string Name)[] VocCategories =
        [
            (1, "person"), (2, "aeroplane"), (3, "motorbike"), (4, "sofa"), (5, "pottedplant"), (6, "diningtable"),
            (7, "tvmonitor"), (8, "dog"),
        ];

        [Theory]
        [InlineData("person", 1)]
        [InlineData("airplane", 2)]
        [InlineData("motorcycle", 3)]
        [InlineData("couch", 4)]
        [InlineData("potted plant", 5)]
        [InlineData("dining table", 6)]
        [InlineData("tv", 7)]
        [InlineData("dog", 8)]
        public void Should_FindTheVocCategory_When_LabelIsACocoName(string label, int expected) =>
            Assert.Equal(expected, CategoryMapping.ForCategories(VocCategories).Map(0, label));

        [Fact]
        public void Should_ReturnNull_When_CategoryIsMissing() =>
            Assert.Null(CategoryMapping.ForCategories(VocCategories).Map(73, "book"));

        [Theory]
        [InlineData(0, 1)]
        [InlineData(11, 13)]
        [InlineData(79, 90)]
        public void Should_UseCocoIds_When_NoGroundTruthIsGiven(int classId, int expected) =>
            Assert.Equal(expected, CategoryMapping.ForCoco(CocoClasses.Names).Map(classId, CocoClasses.Names[classId]));

        [Fact]
        public void Should_CountFromOne_When_ModelIsNotCoco() =>
            Assert.Equal(3, CategoryMapping.ForCoco(["a", "b", "c"]).Map(2, "c"));
    }
}
