// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Datasets.Sources;

/// <summary>
/// A one-frame mailbox between a reader thread and a consumer: putting never waits, and a frame nobody took
/// before the next one arrived is disposed and counted as dropped (the newest frame wins).
/// </summary>
public sealed class LatestFrameSlot : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private Frame? _frame;
    private bool _completed;
    private int _dropped;

    /// <summary>Gets how many frames were replaced before anyone took them.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    /// <summary>Gets a value indicating whether the producer has finished and the slot is empty.</summary>
    public bool IsFinished
    {
        get
        {
            lock (_gate)
            {
                return _completed && _frame is null;
            }
        }
    }

    /// <summary>Stores a frame, discarding (and counting) an untaken older one. Never blocks.</summary>
    /// <param name="frame">The new frame; the slot owns it until it is taken.</param>
    public void Put(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);

        Frame? replaced;
        lock (_gate)
        {
            if (_completed)
            {
                replaced = frame;
            }
            else
            {
                replaced = _frame;
                _frame = frame;
                if (replaced is not null)
                {
                    _dropped++;
                }
            }
        }

        replaced?.Dispose();
        _signal.Release();
    }

    /// <summary>Marks the end: once the last frame is taken, <see cref="TryTake"/> returns false at once.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
        }

        _signal.Release();
    }

    /// <summary>Waits for a frame.</summary>
    /// <param name="timeout">How long to wait before giving up.</param>
    /// <param name="frame">The newest frame; the caller owns it.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns><see langword="false"/> when the producer finished or nothing came within the timeout.</returns>
    public bool TryTake(TimeSpan timeout, out Frame? frame, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (_gate)
            {
                if (_frame is not null)
                {
                    frame = _frame;
                    _frame = null;
                    return true;
                }

                if (_completed)
                {
                    frame = null;
                    return false;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_signal.Wait(left, cancellationToken))
            {
                frame = null;
                return false;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _completed = true;
            _frame?.Dispose();
            _frame = null;
        }

        _signal.Dispose();
    }
}
