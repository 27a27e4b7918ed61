// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCvSharp;

namespace VateSharp.Datasets.Sources;

/// <summary>
/// Frames from image sequences, decoded on the caller's thread in sequence then frame order. A file that does not
/// decode is logged once, counted in <see cref="SkippedFrames"/> and skipped; the run goes on.
/// </summary>
public sealed class ImageSequenceSource : IFrameSource
{
    private readonly ILogger _logger;
    private readonly double _framesPerSecond;
    private int _sequence;
    private int _file;
    private bool _sequenceStarted;
    private int _skipped;

    /// <summary>Initializes a new instance of the <see cref="ImageSequenceSource"/> class.</summary>
    /// <param name="sequences">The sequences to play, in order.</param>
    /// <param name="description">What to call the source (for example the glob).</param>
    /// <param name="options">Options; only <see cref="FrameSourceOptions.ImageFramesPerSecond"/> applies here.</param>
    /// <param name="logger">Receives one warning per undecodable file.</param>
    public ImageSequenceSource(
        IReadOnlyList<ImageSequence> sequences,
        string description,
        FrameSourceOptions? options = null,
        ILogger<ImageSequenceSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        ArgumentNullException.ThrowIfNull(description);

        Sequences = sequences;
        Description = description;
        _framesPerSecond = (options ?? FrameSourceOptions.Default).ImageFramesPerSecond;
        _logger = logger ?? NullLogger<ImageSequenceSource>.Instance;
    }

    /// <summary>Gets the sequences in play order.</summary>
    public IReadOnlyList<ImageSequence> Sequences { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public bool IsLive => false;

    /// <inheritdoc />
    public double? FramesPerSecond => _framesPerSecond;

    /// <inheritdoc />
    public int SkippedFrames => Volatile.Read(ref _skipped);

    /// <inheritdoc />
    public bool TryRead(out Frame? frame, CancellationToken cancellationToken = default)
    {
        while (_sequence < Sequences.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sequence = Sequences[_sequence];
            if (_file >= sequence.Files.Count)
            {
                _sequence++;
                _file = 0;
                _sequenceStarted = false;
                continue;
            }

            var index = _file++;
            var path = sequence.Files[index];
            var image = Decode(path);
            if (image is null)
            {
                Interlocked.Increment(ref _skipped);
                continue;
            }

            frame = new Frame
            {
                Image = image,
                SourceName = sequence.Name,
                Index = index,
                Timestamp = TimeSpan.FromSeconds(index / _framesPerSecond),
                FileName = $"{sequence.Name}/{Path.GetFileName(path)}",
                IsFirstOfSequence = !_sequenceStarted,
            };
            _sequenceStarted = true;
            return true;
        }

        frame = null;
        return false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Decoding happens per call; nothing is held between calls.
    }

    private Mat? Decode(string path)
    {
        Mat? image = null;
        try
        {
            image = Cv2.ImRead(path, ImreadModes.Color);
            if (!image.Empty())
            {
                return image;
            }

            _logger.LogWarning("Skipping {File}: it could not be decoded as an image", path);
        }
        catch (OpenCVException ex)
        {
            _logger.LogWarning("Skipping {File}: {Reason}", path, ex.Message);
        }

        image?.Dispose();
        return null;
    }
}
