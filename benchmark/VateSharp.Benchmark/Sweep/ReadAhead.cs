// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// Reads items 0 … count−1 on a background thread, at most <c>depth</c> items ahead of the consumer, and hands them
/// over strictly in index order. The frame loop uses it to decode frame N+1 while frame N is being detected.
/// </summary>
/// <typeparam name="T">The item; when it is <see cref="IDisposable"/>, items read but never taken are disposed.</typeparam>
/// <remarks>
/// One consumer only. A reader exception is rethrown by the <see cref="Take"/> call that would have returned that
/// item, so items before it are still delivered and the failure surfaces at the frame that caused it.
/// </remarks>
public sealed class ReadAhead<T> : IDisposable
{
    private readonly BlockingCollection<Slot> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private readonly Func<int, T> _read;
    private readonly int _count;
    private int _taken;
    private bool _disposed;

    /// <summary>Starts reading at once.</summary>
    /// <param name="count">How many items there are; 0 or more.</param>
    /// <param name="depth">How many items may wait, read but not yet taken; at least 1.</param>
    /// <param name="read">Reads item i; called on the background thread, once per index, in index order.</param>
    public ReadAhead(int count, int depth, Func<int, T> read)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentNullException.ThrowIfNull(read);

        _count = count;
        _read = read;
        _queue = new BlockingCollection<Slot>(new ConcurrentQueue<Slot>(), depth);
        _thread = new Thread(Produce) { IsBackground = true, Name = "frame read-ahead" };
        _thread.Start();
    }

    /// <summary>Gets how many items there are.</summary>
    public int Count => _count;

    /// <summary>Returns the next item in index order, waiting for the reader when it is behind.</summary>
    /// <exception cref="InvalidOperationException">Every item has been taken.</exception>
    public T Take()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_taken >= _count)
        {
            throw new InvalidOperationException($"All {_count} items have been taken; take at most Count items.");
        }

        var slot = _queue.Take();
        _taken++;
        slot.Failure?.Throw();
        return slot.Item!;
    }

    /// <summary>Stops the reader, waits for it and disposes items read but not taken.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        _thread.Join();
        while (_queue.TryTake(out var slot))
        {
            (slot.Item as IDisposable)?.Dispose();
        }

        _queue.Dispose();
        _stop.Dispose();
    }

    private void Produce()
    {
        try
        {
            for (var i = 0; i < _count; i++)
            {
                Slot slot;
                try
                {
                    slot = new Slot(_read(i), null);
                }
                catch (Exception e)
                {
                    // Handed to the consumer in place of the item; nothing after a failed read is read.
                    _queue.Add(new Slot(default, ExceptionDispatchInfo.Capture(e)), _stop.Token);
                    return;
                }

                try
                {
                    _queue.Add(slot, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    (slot.Item as IDisposable)?.Dispose();
                    throw;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed while waiting for room: the consumer wants no more items.
        }
    }

    private readonly record struct Slot(T? Item, ExceptionDispatchInfo? Failure);
}
