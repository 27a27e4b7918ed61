// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using VateSharp.Datasets;
using VateSharp.Datasets.Sources;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// Opens what the user named. Image sequences are discovered here (not inside the source factory) so that the
/// device knows every frame's file name ahead: to check the annotations before playing, to cut sequences at the
/// frame limit, and to score frames it skipped. Decoding runs ahead on a background thread (prefetch), or, in
/// real-time mode, on a paced reader that keeps only the newest frame.
/// </summary>
internal sealed class InputPlan : IDisposable
{
    private InputPlan(IFrameSource source, FrameSourceKind kind, IReadOnlyList<ImageSequence>? sequences)
    {
        Source = source;
        Kind = kind;
        Sequences = sequences;
    }

    public IFrameSource Source { get; }

    public FrameSourceKind Kind { get; }

    /// <summary>Gets the image sequences with their (cut) frame lists, or null for video, camera and stream.</summary>
    public IReadOnlyList<ImageSequence>? Sequences { get; }

    /// <summary>Gets the frames to play when known in advance (image sequences).</summary>
    public long? TotalFrames => Sequences?.Sum(s => (long)s.Files.Count);

    /// <summary>Gets every frame's COCO file name, in play order (image sequences only).</summary>
    public IReadOnlyList<string> FileNames =>
        Sequences is null ? [] : [.. Sequences.SelectMany(s => s.Files.Select(f => $"{s.Name}/{Path.GetFileName(f)}"))];

    /// <exception cref="DeviceRunException">Nothing matches, there are no images, or the capture cannot open.</exception>
    public static InputPlan Open(DeviceRunOptions options, ILoggerFactory loggers)
    {
        var spec = options.Input.Trim();
        var sourceOptions = new FrameSourceOptions
        {
            PrefetchFrames = options.PrefetchFrames,
            RealTime = options.RealTime,
            ImageFramesPerSecond = options.FramesPerSecond,
            LiveReconnectWindow = TimeSpan.FromSeconds(options.ReconnectSeconds),
        };
        try
        {
            var kind = FrameSourceFactory.Classify(spec);
            if (kind != FrameSourceKind.ImageSequences)
            {
                return new InputPlan(FrameSourceFactory.Open(spec, sourceOptions, loggers), kind, null);
            }

            IReadOnlyList<ImageSequence> sequences = File.Exists(spec)
                ? [new ImageSequence(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(spec)))!, Path.GetDirectoryName(Path.GetFullPath(spec))!, [Path.GetFullPath(spec)])]
                : ImageSequenceDiscovery.Discover(spec);
            if (options.MaxFramesPerSequence is { } max)
            {
                sequences = [.. sequences.Select(s => s with { Files = [.. s.Files.Take(max)] })];
            }

            IFrameSource source = new ImageSequenceSource(sequences, spec, sourceOptions, loggers.CreateLogger<ImageSequenceSource>());
            if (options.RealTime)
            {
                source = new NewestFrameSource(source, sourceOptions, options.FramesPerSecond, loggers.CreateLogger<NewestFrameSource>());
            }
            else if (options.PrefetchFrames > 0)
            {
                source = new PrefetchingFrameSource(source, options.PrefetchFrames);
            }

            return new InputPlan(source, kind, sequences);
        }
        catch (DatasetException ex)
        {
            throw new DeviceRunException(ex.Message, ex);
        }
    }

    public void Dispose() => Source.Dispose();
}
