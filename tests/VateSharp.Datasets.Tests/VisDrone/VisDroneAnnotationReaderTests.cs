// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.VisDrone;

namespace VateSharp.Datasets.Tests.VisDrone;

public sealed class VisDroneAnnotationReaderTests
{
    public sealed class ReadVid
    {
        [Fact]
        public void Should_ParseColumns_When_LinesAreWellFormed()
        {
            // Given: a trailing comma and a blank line, both found in the official files.
            using var temp = new TempFolder();
            var file = temp.WriteText("a.txt", "1,3,684,8,273,116,0,0,0,0\n\n2,5,10,20,30,40,1,4,1,2,\n");

            // When
            var lines = VisDroneAnnotationReader.ReadVid(file);

            // Then
            Assert.Equal(
                [new VisDroneAnnotation(1, 3, 684, 8, 273, 116, 0, 0, 0, 0, 1), new VisDroneAnnotation(2, 5, 10, 20, 30, 40, 1, 4, 1, 2, 3)],
                lines);
        }

        [Theory]
        [InlineData("1,3,684,8,273,116,0,0,0", "found 9 values")]
        [InlineData("1,3,684,x,273,116,0,0,0,0", "'x' in column 4")]
        [InlineData("1.5,3,684,8,273,116,0,0,0,0", "1.5 where a whole number belongs")]
        [InlineData("1,3,684,8,-2,116,0,0,0,0", "a negative width or height")]
        public void Should_NameFileAndLine_When_LineIsMalformed(string bad, string found)
        {
            // Given
            using var temp = new TempFolder();
            var file = temp.WriteText("seq.txt", "1,1,0,0,10,10,1,1,0,0\n" + bad + "\n");

            // When
            var error = Assert.Throws<DatasetException>(() => VisDroneAnnotationReader.ReadVid(file));

            // Then
            Assert.StartsWith($"{file}:2: expected 10 comma-separated numbers", error.Message, StringComparison.Ordinal);
            Assert.Contains(found, error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class ReadDet
    {
        [Fact]
        public void Should_ParseEightColumns_When_ReadingDetFile()
        {
            // Given
            using var temp = new TempFolder();
            var file = temp.WriteText("0000001_02999_d_0000005.txt", "684,8,273,116,1,4,0,1\n");

            // When
            var line = Assert.Single(VisDroneAnnotationReader.ReadDet(file));

            // Then
            Assert.Equal(new VisDroneAnnotation(0, 0, 684, 8, 273, 116, 1, 4, 0, 1, 1), line);
        }
    }
}
