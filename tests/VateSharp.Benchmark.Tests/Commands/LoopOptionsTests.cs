// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Benchmark.Commands;

namespace VateSharp.Benchmark.Tests.Commands;

public sealed class LoopOptionsTests
{
    public sealed class TheValidateMethod
    {
        [Fact]
        public void Should_AcceptTheDefaults_When_OnlyAFrameListIsGiven()
        {
            // Given
            var options = new LoopOptions { Frames = "frames.txt" };

            // When
            var problems = options.Validate().ToArray();

            // Then: read-ahead 2 and one inference thread unless told otherwise
            Assert.Empty(problems);
            Assert.Equal(2, options.ReadAhead);
            Assert.Equal(1, options.Threads);
        }

        [Fact]
        public void Should_NameTheValues_When_ReadAheadIsNegative()
        {
            // Given
            var options = new LoopOptions { Frames = "frames.txt", ReadAhead = -1 };

            // When
            var problem = Assert.Single(options.Validate());

            // Then
            Assert.Equal("--warmup, --threads and --read-ahead must be 0 or more, but are 10, 1 and -1.", problem);
        }
    }
}
