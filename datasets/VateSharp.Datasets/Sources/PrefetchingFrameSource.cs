// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace VateSharp.Datasets.Sources;

/// <summary>
/// Decodes up to N frames ahead of the consumer on a background thread (a bounded queue), so decoding overlaps
/// with detection. Never drops: when the queue is full the reader waits.
/// </summary>
public sealed class PrefetchingFrameSource : IFrameSource
{
    private readonly IFrameSource _inner;
    private readonly BlockingCollection<Frame> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _reader;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Initializes a new instance of the <see cref="PrefetchingFrameSource"/> class and starts its reader.</summary>
    /// <param name="inner">The file source to read ahead; this object owns and disposes it.</param>
    /// <param name="depth">How many decoded frames to keep ready (at least 1).</param>
    public PrefetchingFrameSource(IFrameSource inner, int depth)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(depth);

        _inner = inner;
        Depth = depth;
        _queue = new BlockingCollection<Frame>(new ConcurrentQueue<Frame>(), depth);
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "prefetch:" + inner.Description };
        _reader.Start();
    }

    /// <summary>Gets the queue bound.</summary>
    public int Depth { get; }

    /// <summary>Gets how many decoded frames are waiting now.</summary>
    public int Buffered => _queue.Count;

    /// <inheritdoc />
    public string Description => _inner.Description;

    /// <inheritdoc />
    public bool IsLive => _inner.IsLive;

    /// <inheritdoc />
    public double? FramesPerSecond => _inner.FramesPerSecond;

    /// <inheritdoc />
    public int SkippedFrames => _inner.SkippedFrames;

    /// <inheritdoc />
    public int DroppedFrames => _inner.DroppedFrames;

    /// <inheritdoc />
    public bool TryRead(out Frame? frame, CancellationToken cancellationToken = default)
    {
        try
        {
            if (_queue.TryTake(out var next, Timeout.Infinite, cancellationToken))
            {
                frame = next;
                return true;
            }
        }
        catch (InvalidOperationException)
        {
            // The queue was completed while we waited: same as the end below.
        }

        _failure?.Throw();
        frame = null;
        return false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop.Cancel();
        _reader.Join();
        while (_queue.TryTake(out var frame))
        {
            frame.Dispose();
        }

        _queue.Dispose();
        _inner.Dispose();
        _stop.Dispose();
    }

    private void ReadLoop()
    {
        try
        {
            while (_inner.TryRead(out var frame, _stop.Token))
            {
                try
                {
                    _queue.Add(frame!, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    frame!.Dispose();
                    throw;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposal stops the reader.
        }
        catch (Exception ex) when (ex is DatasetException or IOException or OpenCvSharp.OpenCVException)
        {
            _failure = ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }
}
