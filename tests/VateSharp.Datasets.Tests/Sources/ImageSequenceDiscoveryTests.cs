// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Sources;

namespace VateSharp.Datasets.Tests.Sources;

public sealed class ImageSequenceDiscoveryTests
{
    public sealed class Discover
    {
        [Fact]
        public void Should_OrderSequencesByNameAndFramesByNumber_When_GivenGlob()
        {
            // Given
            using var temp = new TempFolder();
            foreach (var name in new[] { "10.jpg", "2.jpg", "1.jpg" })
            {
                temp.WriteText($"sequences/b/{name}", "x");
                temp.WriteText($"sequences/a/{name}", "x");
            }

            // When
            var sequences = ImageSequenceDiscovery.Discover(temp.Combine("sequences", "*"));

            // Then
            Assert.Equal(["a", "b"], sequences.Select(s => s.Name));
            Assert.Equal(["1.jpg", "2.jpg", "10.jpg"], sequences[0].Files.Select(Path.GetFileName));
        }

        [Fact]
        public void Should_FindSequencesFolder_When_GivenVisDroneRoot()
        {
            // Given
            using var temp = new TempFolder();
            temp.WriteText("sequences/uav1/0000001.jpg", "x");

            // When
            var sequences = ImageSequenceDiscovery.Discover(temp.Path);

            // Then
            Assert.Equal("uav1", Assert.Single(sequences).Name);
        }

        [Fact]
        public void Should_ThrowOneSentence_When_GlobMatchesNothing()
        {
            // Given
            using var temp = new TempFolder();

            // When
            var error = Assert.Throws<DatasetException>(() => ImageSequenceDiscovery.Discover(temp.Combine("nope", "*")));

            // Then
            Assert.StartsWith("The glob", error.Message, StringComparison.Ordinal);
            Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Throw_When_FolderHasNoImages()
        {
            // Given
            using var temp = new TempFolder();
            temp.WriteText("empty/readme.txt", "x");

            // When
            var error = Assert.Throws<DatasetException>(() => ImageSequenceDiscovery.Discover(temp.Combine("empty")));

            // Then
            Assert.Contains("holds no images", error.Message, StringComparison.Ordinal);
        }
    }
}
