// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;
using VateSharp.Cloud.Ensemble.Fusion;
using VateSharp.Cloud.Ensemble.Slicing;
using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;
using VateSharp.Transport.Tests.TestSupport;

namespace VateSharp.Transport.Tests.Cloud;

public sealed class SlicingTests
{
    public sealed class Tiles
    {
        [Theory]
        [InlineData(100, 2, 0f, 0, 50, 50)]
        [InlineData(100, 2, 0.2f, 0, 56, 44)]
        [InlineData(100, 1, 0.2f, 0, 100, 0)]
        [InlineData(101, 3, 0.5f, 0, 51, 50)]
        public void Should_CoverTheImageWithOverlappingTiles(int size, int count, float overlap, int firstX, int width, int lastX)
        {
            // When a square image is tiled count x count
            var tiles = SliceGrid.Tiles(size, size, new SliceOptions { Columns = count, Rows = count, Overlap = overlap });

            // Then the first tile starts at 0, the last ends at the edge, and all are the same size
            Assert.Equal(count * count, tiles.Count);
            Assert.Equal(firstX, tiles[0].X);
            Assert.All(tiles, t => Assert.Equal(width, t.Width));
            Assert.Equal(lastX, tiles[^1].X);
            Assert.Equal(size, tiles[^1].X + tiles[^1].Width);
        }

        [Theory]
        [InlineData("2x2", true, 2, 2)]
        [InlineData("3X1", true, 3, 1)]
        [InlineData("0x2", false, 0, 2)]
        [InlineData("2", false, 0, 0)]
        public void Should_ParseGrids(string text, bool valid, int columns, int rows)
        {
            Assert.Equal(valid, SliceOptions.TryParseGrid(text, out var c, out var r));
            if (valid)
            {
                Assert.Equal((columns, rows), (c, r));
            }
        }
    }

    public sealed class Detect
    {
        [Fact]
        public void Should_MapTileBoxesBackToFramePixels()
        {
            // Given a stub that reports its whole input, sliced 2x2 without the full frame or overlap
            using var sliced = new SlicedDetector(new StubDetector(), new SliceOptions
            {
                Columns = 2,
                Rows = 2,
                Overlap = 0f,
                IncludeFullFrame = false,
                MergeThreshold = 1f,
            });
            using var image = new Mat(60, 100, MatType.CV_8UC3, Scalar.All(0));

            // When it detects
            var boxes = sliced.Detect(image).Select(d => d.Box).OrderBy(b => b.Y1).ThenBy(b => b.X1).ToArray();

            // Then there is one box per tile, in frame coordinates
            Assert.Equal(
                [new BoundingBox(0, 0, 50, 30), new BoundingBox(50, 0, 100, 30), new BoundingBox(0, 30, 50, 60), new BoundingBox(50, 30, 100, 60)],
                boxes);
        }
    }

    public sealed class Suppress
    {
        [Theory]
        [InlineData(0, 0, 10, 9, 0, 1)]
        [InlineData(0, 0, 10, 9, 1, 2)]
        [InlineData(0, 0, 4, 10, 0, 2)]
        public void Should_DropOnlySameClassOverlaps(float x1, float y1, float x2, float y2, int cls, int expected)
        {
            // Given a box and a lower-scored second box (a near copy, another class, or half of it)
            var best = new Detection(new BoundingBox(0, 0, 10, 10), 0, "a", 0.9f);
            var other = new Detection(new BoundingBox(x1, y1, x2, y2), cls, "b", 0.5f);

            // When suppressed at IoU 0.5, then only the same-class near copy goes
            Assert.Equal(expected, ClassNms.Suppress([best, other], 0.5f).Count);
        }
    }

    public sealed class DetectWithFullFrame
    {
        [Fact]
        public void Should_DropTileBoxesCutByInteriorTileEdges_When_TheFullFrameRuns()
        {
            // Given a stub that reports its whole input, so every tile box touches every tile edge
            using var sliced = new SlicedDetector(new StubDetector(), new SliceOptions { Columns = 2, Rows = 2 });
            using var image = new Mat(60, 100, MatType.CV_8UC3, Scalar.All(0));

            // When it detects, then only the full-frame box is left
            Assert.Equal(new BoundingBox(0, 0, 100, 60), Assert.Single(sliced.Detect(image)).Box);
        }
    }
}
