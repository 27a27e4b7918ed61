// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace VateSharp.Datasets.Sources;

/// <summary>
/// Reads another source on its own thread into a <see cref="LatestFrameSlot"/>, so the consumer always gets the
/// newest frame and the reader never waits for the consumer; frames the consumer was too slow for are counted in
/// <see cref="DroppedFrames"/>. Used for cameras and streams, and for files played in real time (then paced at
/// their frame rate).
/// </summary>
public sealed class NewestFrameSource : IFrameSource
{
    private readonly IFrameSource _inner;
    private readonly LatestFrameSlot _slot = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _reader;
    private readonly TimeSpan _stallTimeout;
    private readonly ILogger _logger;
    private readonly double? _pace;
    private Exception? _failure;

    /// <summary>Initializes a new instance of the <see cref="NewestFrameSource"/> class and starts its reader.</summary>
    /// <param name="inner">The source to read; this object owns and disposes it.</param>
    /// <param name="options">Options (the stall timeout).</param>
    /// <param name="paceFramesPerSecond">
    /// Reads at most this many frames per second (for files); null reads as fast as the source gives frames.
    /// </param>
    /// <param name="logger">Receives a warning when the source stalls.</param>
    public NewestFrameSource(
        IFrameSource inner,
        FrameSourceOptions? options = null,
        double? paceFramesPerSecond = null,
        ILogger<NewestFrameSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (paceFramesPerSecond is <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(paceFramesPerSecond), paceFramesPerSecond, "The pace must be positive frames per second, or null.");
        }

        _inner = inner;
        _pace = paceFramesPerSecond;
        _stallTimeout = (options ?? FrameSourceOptions.Default).LiveStallTimeout;
        _logger = logger ?? NullLogger<NewestFrameSource>.Instance;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "frames:" + inner.Description };
        _reader.Start();
    }

    /// <inheritdoc />
    public string Description => _inner.Description;

    /// <inheritdoc />
    public bool IsLive => true;

    /// <inheritdoc />
    public double? FramesPerSecond => _pace ?? _inner.FramesPerSecond;

    /// <inheritdoc />
    public int SkippedFrames => _inner.SkippedFrames;

    /// <inheritdoc />
    public int DroppedFrames => _slot.Dropped;

    /// <inheritdoc />
    public int Reconnects => _inner.Reconnects;

    /// <inheritdoc />
    public bool TryRead(out Frame? frame, CancellationToken cancellationToken = default)
    {
        while (!_slot.TryTake(_stallTimeout, out frame, cancellationToken))
        {
            // A capture that is being reopened is not stalled: its own window decides when it has ended.
            if (_inner is ReconnectingFrameSource { IsReconnecting: true } && !_slot.IsFinished)
            {
                continue;
            }

            return Ended();
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        _reader.Join();
        _slot.Dispose();
        _inner.Dispose();
        _stop.Dispose();
    }

    private bool Ended()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            throw new DatasetException($"Reading '{Description}' failed: {failure.Message}", failure);
        }

        if (!_slot.IsFinished)
        {
            _logger.LogWarning(
                "No frame from {Source} for {Timeout}; treating it as ended", Description, _stallTimeout);
        }

        return false;
    }

    private void ReadLoop()
    {
        try
        {
            var period = _pace is { } fps ? TimeSpan.FromSeconds(1 / fps) : TimeSpan.Zero;
            var next = DateTime.UtcNow;
            while (!_stop.IsCancellationRequested && _inner.TryRead(out var frame, _stop.Token))
            {
                _slot.Put(frame!);
                if (period > TimeSpan.Zero)
                {
                    // Pace against a schedule, not the last read, so slow decodes do not stretch the clip.
                    next += period;
                    var wait = next - DateTime.UtcNow;
                    if (wait > TimeSpan.Zero && _stop.Token.WaitHandle.WaitOne(wait))
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposal stops the reader; nothing to report.
        }
        catch (Exception ex) when (ex is DatasetException or IOException or OpenCvSharp.OpenCVException)
        {
            Volatile.Write(ref _failure, ex);
        }
        finally
        {
            _slot.Complete();
        }
    }
}
