// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace VateSharp.Datasets.Sources;

/// <summary>
/// A live capture that opens itself again when it is lost. Cameras get unplugged and RTSP servers restart or drop
/// idle sessions; an FFmpeg capture reports either as the end of the stream. This source then waits and reopens,
/// with a delay that doubles from <see cref="FrameSourceOptions.LiveReconnectDelay"/> up to five times that value,
/// until <see cref="FrameSourceOptions.LiveReconnectWindow"/> has passed since the last frame. Frames keep one
/// index sequence and one clock across reconnections, so the consumer sees one stream with a gap.
/// </summary>
public sealed class ReconnectingFrameSource : IFrameSource
{
    private readonly Func<IFrameSource> _open;
    private readonly TimeSpan _window;
    private readonly TimeSpan _firstDelay;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly long _start;
    private IFrameSource? _current;
    private int _index;
    private int _skippedBefore;
    private int _reconnects;
    private int _reconnecting;

    /// <summary>Initializes a new instance of the <see cref="ReconnectingFrameSource"/> class.</summary>
    /// <param name="first">The capture as first opened (its opening errors are the caller's to report).</param>
    /// <param name="open">Opens the capture again; throws <see cref="DatasetException"/> while it cannot.</param>
    /// <param name="options">The reconnection window and delay, and the clock.</param>
    /// <param name="logger">Receives one warning per loss and one line per recovery.</param>
    public ReconnectingFrameSource(
        IFrameSource first,
        Func<IFrameSource> open,
        FrameSourceOptions? options = null,
        ILogger<ReconnectingFrameSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(open);
        options ??= FrameSourceOptions.Default;

        _current = first;
        _open = open;
        _window = options.LiveReconnectWindow;
        _firstDelay = options.LiveReconnectDelay;
        _time = options.TimeProvider;
        _logger = logger ?? NullLogger<ReconnectingFrameSource>.Instance;
        _start = _time.GetTimestamp();
        Description = first.Description;
        FramesPerSecond = first.FramesPerSecond;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public bool IsLive => true;

    /// <inheritdoc />
    public double? FramesPerSecond { get; }

    /// <inheritdoc />
    public int SkippedFrames => _skippedBefore + (_current?.SkippedFrames ?? 0);

    /// <inheritdoc />
    public int Reconnects => Volatile.Read(ref _reconnects);

    /// <summary>Gets a value indicating whether the capture is lost and being opened again right now.</summary>
    public bool IsReconnecting => Volatile.Read(ref _reconnecting) == 1;

    /// <inheritdoc />
    public bool TryRead(out Frame? frame, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_current is not null && TryReadCurrent(out var inner, cancellationToken))
            {
                frame = new Frame
                {
                    Image = inner!.Image,
                    SourceName = inner.SourceName,
                    Index = _index,
                    Timestamp = _time.GetElapsedTime(_start),
                    IsFirstOfSequence = _index == 0,
                };
                _index++;
                return true;
            }

            if (!Reopen(cancellationToken))
            {
                frame = null;
                return false;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _current?.Dispose();

    private bool TryReadCurrent(out Frame? frame, CancellationToken cancellationToken)
    {
        try
        {
            return _current!.TryRead(out frame, cancellationToken);
        }
        catch (Exception ex) when (ex is DatasetException or IOException or OpenCvSharp.OpenCVException)
        {
            _logger.LogWarning("Reading {Source} failed: {Reason}", Description, ex.Message);
            frame = null;
            return false;
        }
    }

    private static void Wait(TimeSpan wait, CancellationToken cancellationToken)
    {
        // An event nobody sets: the wait ends after the delay, or early (throwing) when the token is cancelled. The
        // wait is rounded up to whole milliseconds, which is what the event counts in: a remainder of a fraction of
        // a millisecond would otherwise return at once, again and again, until the window closed.
        using var pause = new ManualResetEventSlim();
        pause.Wait(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), cancellationToken);
    }

    private bool Reopen(CancellationToken cancellationToken)
    {
        if (_current is { } lost)
        {
            _skippedBefore += lost.SkippedFrames;
            lost.Dispose();
            _current = null;
        }

        if (_window <= TimeSpan.Zero)
        {
            return false;
        }

        _logger.LogWarning("Lost {Source}; reconnecting for up to {Window}", Description, _window);
        Volatile.Write(ref _reconnecting, 1);
        try
        {
            var lostAt = _time.GetTimestamp();
            var delay = _firstDelay;
            var cap = _firstDelay * 5;
            while (true)
            {
                var remaining = _window - _time.GetElapsedTime(lostAt);
                if (remaining <= TimeSpan.Zero)
                {
                    _logger.LogWarning("{Source} did not come back within {Window}; ending", Description, _window);
                    return false;
                }

                Wait(delay < remaining ? delay : remaining, cancellationToken);

                try
                {
                    _current = _open();
                    Interlocked.Increment(ref _reconnects);
                    _logger.LogInformation(
                        "Reconnected to {Source} after {Gap:F1} s", Description, _time.GetElapsedTime(lostAt).TotalSeconds);
                    return true;
                }
                catch (DatasetException ex)
                {
                    _logger.LogDebug("Reopening {Source} failed: {Reason}", Description, ex.Message);
                }

                delay = delay * 2 < cap ? delay * 2 : cap;
            }
        }
        finally
        {
            Volatile.Write(ref _reconnecting, 0);
        }
    }
}
