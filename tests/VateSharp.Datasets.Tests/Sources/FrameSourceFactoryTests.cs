// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using OpenCvSharp;
using VateSharp.Datasets.Sources;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace VateSharp.Datasets.Tests.Sources;

public sealed class FrameSourceFactoryTests
{
    private static List<Frame> ReadAll(IFrameSource source)
    {
        var frames = new List<Frame>();
        while (source.TryRead(out var frame))
        {
            frames.Add(frame!);
        }

        return frames;
    }

    public sealed class Classify
    {
        [Theory]
        [InlineData("0", FrameSourceKind.Camera)]
        [InlineData("rtsp://10.0.0.2:554/live", FrameSourceKind.Stream)]
        [InlineData("http://example.invalid/cam.mjpg", FrameSourceKind.Stream)]
        [InlineData("data/sequences/*", FrameSourceKind.ImageSequences)]
        public void Should_RecognizeKind_When_GivenSpec(string spec, FrameSourceKind expected) =>
            Assert.Equal(expected, FrameSourceFactory.Classify(spec));

        [Fact]
        public void Should_ThrowOneSentence_When_NothingMatches()
        {
            var error = Assert.Throws<DatasetException>(() => FrameSourceFactory.Classify("/no/such/file.mp4"));

            Assert.StartsWith("No file, folder or glob matches", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class Open
    {
        [Fact]
        public void Should_PlaySequencesInOrderAndSkipCorruptFiles_When_GivenGlob()
        {
            // Given: two sequences; the second frame of 'a' is not a JPEG.
            using var temp = new TempFolder();
            temp.WriteJpeg("sequences/a/0000001.jpg", shade: 10);
            temp.WriteText("sequences/a/0000002.jpg", "not a jpeg");
            temp.WriteJpeg("sequences/a/0000003.jpg", shade: 30);
            temp.WriteJpeg("sequences/b/0000001.jpg", shade: 40);
            var logger = new CountingLogger();
            using var factory = LoggerFactory.Create(builder => builder.AddProvider(logger));

            // When
            using var source = FrameSourceFactory.Open(temp.Combine("sequences", "*"), loggerFactory: factory);
            var frames = ReadAll(source);

            // Then
            Assert.Equal(["a/0000001.jpg", "a/0000003.jpg", "b/0000001.jpg"], frames.Select(f => f.FileName));
            Assert.Equal([0, 2, 0], frames.Select(f => f.Index));
            Assert.Equal([true, false, true], frames.Select(f => f.IsFirstOfSequence));
            Assert.Equal(1, source.SkippedFrames);
            Assert.Equal(1, logger.Warnings);
            Assert.False(source.IsLive);
            Assert.Equal(0, source.DroppedFrames);
            frames.ForEach(f => f.Dispose());
        }

        [Fact]
        public void Should_DeliverEveryFrameInOrder_When_Prefetching()
        {
            // Given
            using var temp = new TempFolder();
            for (var i = 1; i <= 12; i++)
            {
                temp.WriteJpeg($"seq/{i:0000000}.jpg", shade: i * 10);
            }

            // When
            using var source = FrameSourceFactory.Open(temp.Combine("seq"), new FrameSourceOptions { PrefetchFrames = 3 });
            var frames = ReadAll(source);

            // Then
            Assert.IsType<PrefetchingFrameSource>(source);
            Assert.Equal(Enumerable.Range(0, 12), frames.Select(f => f.Index));
            Assert.Equal(Enumerable.Range(1, 12).Select(i => i * 10.0), frames.Select(f => Math.Round(f.Image.Mean().Val0 / 10) * 10));
            frames.ForEach(f => f.Dispose());
        }

        [Fact]
        public void Should_WaitInsteadOfDropping_When_TheReadAheadQueueIsFull()
        {
            // Given: two sequences of 8 frames and a read-ahead of 2 that the consumer leaves full for a while.
            using var temp = new TempFolder();
            for (var i = 1; i <= 8; i++)
            {
                temp.WriteJpeg($"sequences/a/{i:0000000}.jpg", shade: i * 10);
                temp.WriteJpeg($"sequences/b/{i:0000000}.jpg", shade: i * 10);
            }

            var options = new FrameSourceOptions { PrefetchFrames = 2 };
            using var source = FrameSourceFactory.Open(temp.Combine("sequences", "*"), options);
            var prefetching = Assert.IsType<PrefetchingFrameSource>(source);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (prefetching.Buffered < 2 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(5);
            }

            // When
            var buffered = prefetching.Buffered;
            var frames = ReadAll(source);

            // Then: the queue never grew past its bound, and every frame came, in order, none dropped or skipped.
            Assert.Equal(2, buffered);
            var names = Enumerable.Range(1, 8).Select(i => $"{i:0000000}.jpg").ToArray();
            Assert.Equal(names.Select(n => "a/" + n).Concat(names.Select(n => "b/" + n)), frames.Select(f => f.FileName));
            Assert.Equal(0, source.DroppedFrames);
            Assert.Equal(0, source.SkippedFrames);
            frames.ForEach(f => f.Dispose());
        }

        [Fact]
        public void Should_ReadVideoFile_When_GivenVideoPath()
        {
            // Given: a 10-frame MJPEG video written by OpenCV.
            using var temp = new TempFolder();
            var path = temp.Combine("clip.avi");
            using (var writer = new VideoWriter(path, FourCC.MJPG, 25, new Size(64, 48)))
            {
                for (var i = 0; i < 10; i++)
                {
                    using var image = new Mat(48, 64, MatType.CV_8UC3, new Scalar(i * 20, i * 20, i * 20));
                    writer.Write(image);
                }
            }

            // When
            using var source = FrameSourceFactory.Open(path);
            var frames = ReadAll(source);

            // Then
            Assert.Equal(10, frames.Count);
            Assert.Equal(25, source.FramesPerSecond);
            Assert.Equal(TimeSpan.FromSeconds(9 / 25.0), frames[^1].Timestamp);
            Assert.True(frames[0].IsFirstOfSequence);
            Assert.Null(frames[0].FileName);
            frames.ForEach(f => f.Dispose());
        }

        [Fact]
        public void Should_ReadThroughLiveBuffer_When_GivenStreamUrl()
        {
            // Given: FFmpeg's file: protocol stands in for an RTSP server, which this machine cannot reach.
            using var temp = new TempFolder();
            var path = temp.Combine("stream.avi");
            using (var writer = new VideoWriter(path, FourCC.MJPG, 25, new Size(64, 48)))
            {
                for (var i = 0; i < 10; i++)
                {
                    using var image = new Mat(48, 64, MatType.CV_8UC3, Scalar.All(i * 20));
                    writer.Write(image);
                }
            }

            // When (without reconnection: a file behind a stream URL would otherwise be replayed for ever)
            using var source = FrameSourceFactory.Open(
                "file://" + path, new FrameSourceOptions { LiveReconnectWindow = TimeSpan.Zero });
            var frames = ReadAll(source);

            // Then: a live source; every frame was either delivered or counted as dropped, in order.
            Assert.True(source.IsLive);
            Assert.IsType<NewestFrameSource>(source);
            Assert.Equal(10, frames.Count + source.DroppedFrames);
            Assert.Equal(frames.Select(f => f.Index).Order(), frames.Select(f => f.Index));
            frames.ForEach(f => f.Dispose());
        }

        [Fact]
        public void Should_DropOldFramesWithoutBlocking_When_RealTimeConsumerIsSlow()
        {
            // Given: 40 frames played at 200 fps to a consumer that takes 50 ms per frame.
            using var temp = new TempFolder();
            for (var i = 1; i <= 40; i++)
            {
                temp.WriteJpeg($"seq/{i:0000000}.jpg");
            }

            var options = new FrameSourceOptions { RealTime = true, ImageFramesPerSecond = 200 };

            // When
            using var source = FrameSourceFactory.Open(temp.Combine("seq"), options);
            var indices = new List<int>();
            while (source.TryRead(out var frame))
            {
                indices.Add(frame!.Index);
                frame.Dispose();
                Thread.Sleep(50);
            }

            // Then: the consumer saw increasing indices with gaps, and every missing frame was counted.
            Assert.True(source.IsLive);
            Assert.True(source.DroppedFrames > 0, "a slow consumer must make the source drop frames");
            Assert.Equal(40, indices.Count + source.DroppedFrames);
            Assert.Equal(indices.Order(), indices);
        }
    }

    private sealed class CountingLogger : ILoggerProvider, ILogger
    {
        public int Warnings { get; private set; }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings++;
            }
        }

        public void Dispose()
        {
        }
    }
}
