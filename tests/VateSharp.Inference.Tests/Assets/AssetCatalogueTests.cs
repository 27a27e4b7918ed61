// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Security.Cryptography;
using VateSharp.Assets;

namespace VateSharp.Inference.Tests.Assets;

public sealed class AssetCatalogueTests
{
    public sealed class TheDefaultCatalogue
    {
        [Theory]
        [InlineData("fastestdet", "fastestdet", 352, ResizeMode.Stretch, ColourOrder.Bgr)]
        [InlineData("yolox-nano", "yolox", 416, ResizeMode.LetterboxTopLeft, ColourOrder.Bgr)]
        [InlineData("picodet-s-320", "picodet", 320, ResizeMode.Stretch, ColourOrder.Bgr)]
        [InlineData("picodet-s-416", "picodet", 416, ResizeMode.Stretch, ColourOrder.Bgr)]
        [InlineData("nanodet-m-320", "nanodet", 320, ResizeMode.LetterboxCentred, ColourOrder.Bgr)]
        [InlineData("nanodet-m-416", "nanodet", 416, ResizeMode.LetterboxCentred, ColourOrder.Bgr)]
        [InlineData("yolo-fastest-1.1", "yolo-fastest", 320, ResizeMode.Stretch, ColourOrder.Rgb)]
        [InlineData("yolo-fastest-1.1-xl", "yolo-fastest", 320, ResizeMode.Stretch, ColourOrder.Rgb)]
        public void Should_DescribeModel_When_LookedUpByName(
            string name, string family, int size, ResizeMode resize, ColourOrder colour)
        {
            var model = ModelCatalogue.Get(name);

            Assert.Equal(family, model.Family);
            Assert.Equal(size, model.InputWidth);
            Assert.Equal(size, model.InputHeight);
            Assert.Equal(resize, model.Resize);
            Assert.Equal(colour, model.ColourOrder);
            Assert.Equal(80, model.ClassNames.Count);
            Assert.All(model.Files, f => Assert.True(AssetCatalogue.Default.TryGetFile(f, out _)));
        }

        [Fact]
        public void Should_UseCocoSpelling_When_ModelIsDarknet()
        {
            var names = ModelCatalogue.Get("yolo-fastest-1.1").ClassNames;

            Assert.Equal("motorcycle", names[3]);
            Assert.Equal("airplane", names[4]);
            Assert.Equal("couch", names[57]);
        }

        [Fact]
        public void Should_ListNames_When_ModelIsUnknown()
        {
            var error = Assert.Throws<AssetException>(() => ModelCatalogue.Get("yolov99"));

            TestCatalogue.AssertOneSentence(error.Message);
            Assert.Contains("yolox-nano", error.Message, StringComparison.Ordinal);
            Assert.False(ModelCatalogue.TryGet("yolov99", out _));
        }

        [Theory]
        [InlineData("voc100", 104)]
        [InlineData("tiny-coco-16", 17)]
        [InlineData("sample-images", 7)]
        [InlineData("coco-val2014-eval-fixture", 7)]
        public void Should_ListEveryFile_When_DataSetIsLookedUp(string name, int files)
        {
            var dataSet = DataSetCatalogue.Get(name);

            Assert.Equal(files, dataSet.Files.Count);
            Assert.All(dataSet.Files, f => Assert.StartsWith(dataSet.Folder + "/", f, StringComparison.Ordinal));
        }

        [Fact]
        public void Should_PinEveryUpstreamAddress_When_FileHasOne()
        {
            var files = AssetCatalogue.Default.Files;

            Assert.All(files.Where(f => !f.IsMirrorOnly), f => Assert.Matches("/[0-9a-f]{40}/", f.Url!));
            Assert.All(files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
        }

        [Fact]
        public void Should_MatchMirror_When_SharedAssetsArePresent()
        {
            // The checkout's shared mirror is present in CI; elsewhere there is nothing to compare against.
            var mirror = AssetLocations.DefaultMirror();
            if (mirror is null || !Directory.Exists(mirror))
            {
                return;
            }

            foreach (var file in AssetCatalogue.Default.Files)
            {
                var bytes = File.ReadAllBytes(Path.Combine(mirror, file.Path));
                Assert.Equal(file.Bytes, bytes.Length);
                Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
        }
    }
}
