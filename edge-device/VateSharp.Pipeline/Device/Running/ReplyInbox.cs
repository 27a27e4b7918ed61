// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// Where every tier's replies land, from any thread, until the frame loop collects them. The loop either takes
/// what is there without waiting, or waits for one particular reply (sync mode) while keeping the others.
/// </summary>
internal sealed class ReplyInbox : IDisposable
{
    private readonly BlockingCollection<TierReply> _arrived = new(new ConcurrentQueue<TierReply>());
    private readonly List<TierReply> _held = [];

    public void Post(TierReply reply) => _arrived.Add(reply);

    /// <summary>Returns every reply that has arrived, in arrival order.</summary>
    public List<TierReply> Drain()
    {
        var replies = new List<TierReply>(_held);
        _held.Clear();
        while (_arrived.TryTake(out var reply))
        {
            replies.Add(reply);
        }

        return replies;
    }

    /// <summary>
    /// Blocks until a reply matching <paramref name="wanted"/> arrives (it and everything else stay for the next
    /// <see cref="Drain"/>) or <paramref name="timeout"/> passes.
    /// </summary>
    /// <returns><see langword="true"/> when the wanted reply is there.</returns>
    public bool WaitFor(Func<TierReply, bool> wanted, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_held.Exists(r => wanted(r)))
        {
            return true;
        }

        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero
                || !_arrived.TryTake(out var reply, (int)Math.Ceiling(left.TotalMilliseconds), cancellationToken))
            {
                return false;
            }

            _held.Add(reply);
            if (wanted(reply))
            {
                return true;
            }
        }
    }

    public void Dispose() => _arrived.Dispose();
}
