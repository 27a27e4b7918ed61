// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Evaluation.Coco;

namespace VateSharp.Datasets.Tests.Evaluation;

public sealed class CocoResultsStreamWriterTests
{
    private static readonly CocoDetection[] Detections =
    [
        new(1, 3, new CocoBox(10.5, 20.25, 30, 40.125), 0.91234),
        new(1, 1, new CocoBox(0, 0, 5, 5), 0.5),
        new(7, 18, new CocoBox(100, 200, 1.5, 2.5), 0.00625),
    ];

    public sealed class TheCommitMethod
    {
        [Fact]
        public void Should_WriteTheSameBytesAsTheWholeFileWriter_When_DetectionsArriveOneByOne()
        {
            // Given the same detections written both ways, the streamed file into a folder that does not exist yet
            using var temp = new TempFolder();
            var whole = temp.Combine("whole.json");
            CocoJsonWriter.WriteResults(Detections, whole);
            var streamed = temp.Combine("run", "detections.json");

            // When
            using (var writer = new CocoResultsStreamWriter(streamed))
            {
                foreach (var detection in Detections)
                {
                    writer.Add(detection);
                }

                Assert.False(File.Exists(streamed));
                writer.Commit();
                Assert.Equal(3, writer.Count);
            }

            // Then the files are identical and nothing temporary is left
            Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(streamed));
            Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
        }

        [Fact]
        public void Should_LeaveNothing_When_DisposedWithoutCommitting()
        {
            // Given a writer that received detections
            using var temp = new TempFolder();
            var path = temp.Combine("run", "detections.json");
            var writer = new CocoResultsStreamWriter(path);
            writer.Add(Detections[0]);

            // When the run fails and the writer is disposed
            writer.Dispose();

            // Then neither the file, its folder nor the temporary file exists
            Assert.False(Directory.Exists(temp.Combine("run")));
            Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
        }
    }
}
