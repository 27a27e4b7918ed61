// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace VateSharp.Datasets.Sources;

/// <summary>
/// Opens a frame source from one string: a camera index (<c>0</c>), a stream URL (<c>rtsp://...</c>,
/// <c>http://...</c>), a video file, a single image, a folder of images or a VisDrone root, or a glob of sequence
/// folders (<c>data/sequences/uav*</c>, <c>**</c> allowed).
/// </summary>
public static class FrameSourceFactory
{
    /// <summary>Decides what a specification names, without opening it.</summary>
    /// <param name="spec">The specification.</param>
    /// <returns>The kind of source.</returns>
    /// <exception cref="DatasetException">It names no existing file or folder, and is no glob, URL or camera.</exception>
    public static FrameSourceKind Classify(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);

        var trimmed = spec.Trim();
        if (trimmed.Contains("://", StringComparison.Ordinal))
        {
            return FrameSourceKind.Stream;
        }

        if (File.Exists(trimmed))
        {
            return ImageSequenceDiscovery.IsImageFile(trimmed)
                ? FrameSourceKind.ImageSequences
                : FrameSourceKind.VideoFile;
        }

        if (Directory.Exists(trimmed) || Glob.HasWildcards(trimmed))
        {
            return FrameSourceKind.ImageSequences;
        }

        if (trimmed.Length <= 4 && trimmed.All(char.IsAsciiDigit))
        {
            return FrameSourceKind.Camera;
        }

        throw new DatasetException(
            $"No file, folder or glob matches '{spec}'; give a VisDrone sequence glob, a folder of images, a video " +
            "file, a camera index or a stream URL.");
    }

    /// <summary>Opens the source a specification names.</summary>
    /// <param name="spec">The specification (see the class summary).</param>
    /// <param name="options">Buffering and timing; <see cref="FrameSourceOptions.Default"/> when omitted.</param>
    /// <param name="loggerFactory">Creates the sources' loggers (undecodable files, stalls).</param>
    /// <returns>The source; the caller disposes it.</returns>
    /// <exception cref="DatasetException">Nothing matches, there are no images, or the capture cannot open.</exception>
    public static IFrameSource Open(
        string spec, FrameSourceOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        options ??= FrameSourceOptions.Default;
        options.Validate();
        loggerFactory ??= NullLoggerFactory.Instance;

        var trimmed = spec.Trim();
        switch (Classify(trimmed))
        {
            case FrameSourceKind.Camera:
                var index = int.Parse(trimmed, CultureInfo.InvariantCulture);
                return Live(() => VideoCaptureSource.OpenCamera(index, options), options, loggerFactory);
            case FrameSourceKind.Stream:
                return Live(() => VideoCaptureSource.OpenStream(trimmed, options), options, loggerFactory);
            case FrameSourceKind.VideoFile:
                return ForFile(VideoCaptureSource.OpenFile(trimmed, options), options, loggerFactory);
            default:
                var sequences = File.Exists(trimmed) ? SingleImage(trimmed) : ImageSequenceDiscovery.Discover(trimmed);
                var logger = loggerFactory.CreateLogger<ImageSequenceSource>();
                var source = new ImageSequenceSource(sequences, trimmed, options, logger);
                return ForFile(source, options, loggerFactory);
        }
    }

    private static ImageSequence[] SingleImage(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        return [new ImageSequence(Path.GetFileName(folder), folder, [full])];
    }

    private static NewestFrameSource Live(
        Func<IFrameSource> open, FrameSourceOptions options, ILoggerFactory loggerFactory)
    {
        // The first open reports its own failure at once; only a capture that worked is retried when lost.
        var capture = new ReconnectingFrameSource(open(), open, options, loggerFactory.CreateLogger<ReconnectingFrameSource>());
        return new NewestFrameSource(capture, options, null, loggerFactory.CreateLogger<NewestFrameSource>());
    }

    private static IFrameSource ForFile(IFrameSource source, FrameSourceOptions options, ILoggerFactory loggerFactory)
    {
        if (options.RealTime)
        {
            var pace = source.FramesPerSecond ?? options.ImageFramesPerSecond;
            return new NewestFrameSource(source, options, pace, loggerFactory.CreateLogger<NewestFrameSource>());
        }

        return options.PrefetchFrames > 0 ? new PrefetchingFrameSource(source, options.PrefetchFrames) : source;
    }
}
