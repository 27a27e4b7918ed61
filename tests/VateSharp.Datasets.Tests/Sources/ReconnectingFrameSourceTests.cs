// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using OpenCvSharp;
using VateSharp.Datasets.Sources;

namespace VateSharp.Datasets.Tests.Sources;

public sealed class ReconnectingFrameSourceTests
{
    private static readonly FrameSourceOptions Quick = new()
    {
        LiveReconnectDelay = TimeSpan.FromMilliseconds(10),
        LiveReconnectWindow = TimeSpan.FromSeconds(2),
    };

    private static string WriteClip(TempFolder temp, int frames)
    {
        var path = temp.Combine("stream.avi");
        using var writer = new VideoWriter(path, FourCC.MJPG, 25, new Size(64, 48));
        for (var i = 0; i < frames; i++)
        {
            using var image = new Mat(48, 64, MatType.CV_8UC3, Scalar.All(i * 20));
            writer.Write(image);
        }

        return path;
    }

    public sealed class TheTryReadMethod
    {
        [Fact]
        public void Should_ReopenTheCaptureAndNumberOn_When_TheStreamEnds()
        {
            // Given a 10-frame clip behind FFmpeg's file: protocol, whose end looks like a dropped stream
            using var temp = new TempFolder();
            var url = "file://" + WriteClip(temp, 10);
            using var source = new ReconnectingFrameSource(
                VideoCaptureSource.OpenStream(url), () => VideoCaptureSource.OpenStream(url), Quick);

            // When 25 frames are read
            var indices = new List<int>();
            for (var i = 0; i < 25; i++)
            {
                Assert.True(source.TryRead(out var frame));
                indices.Add(frame!.Index);
                frame.Dispose();
            }

            // Then the capture was opened twice more and the indices ran on without a gap
            Assert.Equal(2, source.Reconnects);
            Assert.Equal(Enumerable.Range(0, 25), indices);
            Assert.True(source.IsLive);
        }

        [Fact]
        public void Should_EndAfterTheWindow_When_TheCaptureCannotBeReopened()
        {
            // Given a clip that ends, and a capture that cannot be opened again
            using var temp = new TempFolder();
            var url = "file://" + WriteClip(temp, 3);
            var attempts = 0;
            var options = new FrameSourceOptions
            {
                LiveReconnectDelay = TimeSpan.FromMilliseconds(20),
                LiveReconnectWindow = TimeSpan.FromMilliseconds(300),
            };
            using var source = new ReconnectingFrameSource(
                VideoCaptureSource.OpenStream(url),
                () =>
                {
                    attempts++;
                    throw new DatasetException("The stream could not be opened.");
                },
                options);

            // When every frame is read
            var watch = Stopwatch.StartNew();
            var frames = 0;
            while (source.TryRead(out var frame))
            {
                frames++;
                frame!.Dispose();
            }

            // Then the three frames came, at least one attempt was made, and the source ended once the window had passed
            Assert.Equal(3, frames);
            Assert.InRange(attempts, 1, 7);
            Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
            Assert.Equal(0, source.Reconnects);
            Assert.False(source.IsReconnecting);
        }

        [Fact]
        public void Should_EndAtOnce_When_ReconnectionIsOff()
        {
            // Given a clip that ends and a zero window
            using var temp = new TempFolder();
            var url = "file://" + WriteClip(temp, 2);
            var attempts = 0;
            using var source = new ReconnectingFrameSource(
                VideoCaptureSource.OpenStream(url),
                () =>
                {
                    attempts++;
                    return VideoCaptureSource.OpenStream(url);
                },
                new FrameSourceOptions { LiveReconnectWindow = TimeSpan.Zero });

            // When
            var frames = 0;
            while (source.TryRead(out var frame))
            {
                frames++;
                frame!.Dispose();
            }

            // Then
            Assert.Equal(2, frames);
            Assert.Equal(0, attempts);
        }
    }
}
