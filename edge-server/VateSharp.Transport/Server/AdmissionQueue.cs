// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Server;

/// <summary>
/// Bounded queues, one per client, served round-robin so a client that floods the server cannot starve the others.
/// A full client queue drops its oldest item (handed back to the caller to be answered). Thread-safe.
/// </summary>
/// <typeparam name="T">The queued item.</typeparam>
internal sealed class AdmissionQueue<T>(int capacityPerClient)
    where T : class
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<T>> _byClient = new(StringComparer.Ordinal);
    private readonly Queue<string> _ready = new();
    private readonly SemaphoreSlim _available = new(0);
    private int _count;
    private bool _completed;

    /// <summary>Gets the number of waiting items.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Adds an item; when the client's queue is full its oldest item comes back in <paramref name="evicted"/>.</summary>
    /// <returns><see langword="false"/> when the queue has been completed and takes nothing more.</returns>
    public bool TryAdd(string client, T item, out T? evicted)
    {
        evicted = null;
        lock (_lock)
        {
            if (_completed)
            {
                return false;
            }

            if (!_byClient.TryGetValue(client, out var queue))
            {
                queue = new Queue<T>(capacityPerClient);
                _byClient[client] = queue;
                _ready.Enqueue(client);
            }

            if (queue.Count >= capacityPerClient)
            {
                evicted = queue.Dequeue();
                queue.Enqueue(item);
                return true;
            }

            queue.Enqueue(item);
            _count++;
        }

        _available.Release();
        return true;
    }

    /// <summary>Waits for the next item; returns <see langword="false"/> once completed and empty.</summary>
    public bool TryTake(out T? item)
    {
        while (true)
        {
            _available.Wait();
            lock (_lock)
            {
                if (_ready.TryDequeue(out var client))
                {
                    var queue = _byClient[client];
                    item = queue.Dequeue();
                    _count--;
                    if (queue.Count > 0)
                    {
                        _ready.Enqueue(client);
                    }
                    else
                    {
                        _byClient.Remove(client);
                    }

                    return true;
                }

                if (_completed)
                {
                    // Pass the wake-up on so every waiting worker sees the end.
                    _available.Release();
                    item = null;
                    return false;
                }
            }
        }
    }

    /// <summary>Takes nothing more; waiting takers return once the remaining items are taken.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            _completed = true;
        }

        _available.Release();
    }
}
