// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.VisDrone;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Tests.VisDrone;

public sealed class VisDroneToCocoConverterTests
{
    private static TempFolder VidRoot()
    {
        var temp = new TempFolder();
        temp.WriteJpeg("sequences/uav_b/0000001.jpg", 40, 30);
        temp.WriteJpeg("sequences/uav_a/0000001.jpg", 64, 48);
        temp.WriteJpeg("sequences/uav_a/0000002.jpg", 64, 48);
        temp.WriteText("annotations/uav_a.txt", "2,7,1,2,10,20,1,4,0,0\n1,7,1,2,10,20,1,4,0,0\n1,0,30,30,5,5,0,0,0,0\n1,8,0,0,3,3,1,11,0,0\n");
        temp.WriteText("annotations/uav_b.txt", "1,1,0,0,8,9,0,1,0,0\n");
        return temp;
    }

    public sealed class Convert
    {
        [Fact]
        public void Should_FollowTheConversionRules_When_ReadingVidFolder()
        {
            // Given
            using var temp = VidRoot();

            // When
            var coco = VisDroneToCocoConverter.Convert(temp.Path);

            // Then: sequences in name order, consecutive ids, sizes from the JPEG headers.
            Assert.Equal(
                [new CocoImage(1, "uav_a/0000001.jpg", 64, 48), new CocoImage(2, "uav_a/0000002.jpg", 64, 48), new CocoImage(3, "uav_b/0000001.jpg", 40, 30)],
                coco.Images);
            Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), coco.Categories.Select(c => c.Id));
            Assert.Equal("pedestrian", coco.Categories[0].Name);

            // The car on frame 1, the ignored region as a crowd box of all ten classes, 'others' dropped; frame 2.
            var frame1 = coco.Annotations.Where(a => a.ImageId == 1).ToArray();
            Assert.Equal(11, frame1.Length);
            Assert.Equal(new CocoAnnotation(1, 1, 3, new CocoBox(1, 2, 10, 20), 200, false), frame1[0]);
            Assert.All(frame1[1..], a => Assert.True(a.IsCrowd && a.Bbox == new CocoBox(30, 30, 5, 5) && a.Area == 25));
            Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), frame1[1..].Select(a => a.CategoryId));
            Assert.Equal(Enumerable.Range(1, coco.Annotations.Count).Select(i => (long)i), coco.Annotations.Select(a => a.Id));

            // A class box with score 0 is not evaluated: a crowd box of its own class.
            var pedestrian = coco.Annotations.Single(a => a.ImageId == 3);
            Assert.True(pedestrian.IsCrowd);
            Assert.Equal(0, pedestrian.CategoryId);
        }

        [Fact]
        public void Should_UseOneToTen_When_OneBasedIdsAreAsked()
        {
            // Given
            using var temp = VidRoot();

            // When
            var coco = VisDroneToCocoConverter.Convert(temp.Path, new VisDroneConversionOptions { CategoryIds = CategoryIdScheme.OneBased });

            // Then
            Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), coco.Categories.Select(c => c.Id));
            Assert.Equal(4, coco.Annotations[0].CategoryId);
        }

        [Fact]
        public void Should_NameFileAndLine_When_FrameHasNoImage()
        {
            // Given
            using var temp = VidRoot();
            temp.WriteText("annotations/uav_b.txt", "1,1,0,0,8,9,1,1,0,0\n5,1,0,0,8,9,1,1,0,0\n");

            // When
            var error = Assert.Throws<DatasetException>(() => VisDroneToCocoConverter.Convert(temp.Path));

            // Then
            Assert.StartsWith(temp.Combine("annotations", "uav_b.txt") + ":2: frame 5 has no image", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_ThrowOneSentence_When_FolderIsNotVisDrone()
        {
            // Given
            using var temp = new TempFolder();

            // When
            var error = Assert.Throws<DatasetException>(() => VisDroneToCocoConverter.Convert(temp.Path));

            // Then
            Assert.Contains("is not a VisDrone folder", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_UseBareFileNames_When_ReadingDetFolder()
        {
            // Given
            using var temp = new TempFolder();
            temp.WriteJpeg("images/0000001_02999_d_0000005.jpg", 50, 40);
            temp.WriteText("annotations/0000001_02999_d_0000005.txt", "1,2,3,4,1,9,0,0\n");

            // When
            var coco = VisDroneToCocoConverter.Convert(temp.Path);

            // Then
            Assert.Equal(new CocoImage(1, "0000001_02999_d_0000005.jpg", 50, 40), Assert.Single(coco.Images));
            Assert.Equal(8, Assert.Single(coco.Annotations).CategoryId);
        }
    }
}
