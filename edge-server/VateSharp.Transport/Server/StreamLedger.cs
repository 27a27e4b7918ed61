// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Server;

/// <summary>
/// Per connection and stream: frames received, answered and pending, so an end-of-stream is acknowledged only
/// after the last reply of that stream has been sent. Used by the socket thread only.
/// </summary>
internal sealed class StreamLedger
{
    // Streams that never send an end-of-stream would otherwise accumulate forever.
    private const int MaxStreams = 100_000;

    private readonly Dictionary<(string Connection, string Stream), Entry> _entries = [];

    public void OnReceived(string connection, string stream)
    {
        if (_entries.Count >= MaxStreams)
        {
            foreach (var key in _entries.Where(e => e.Value.Pending == 0).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }
        }

        var entry = Get(connection, stream);
        entry.Received++;
        entry.Pending++;
    }

    /// <summary>Records a reply; returns the entry when an end-of-stream was waiting for it to be the last.</summary>
    public Entry? OnAnswered(string connection, string stream)
    {
        if (!_entries.TryGetValue((connection, stream), out var entry))
        {
            return null;
        }

        entry.Answered++;
        entry.Pending--;
        if (entry.Pending > 0 || !entry.EndRequested)
        {
            return null;
        }

        _entries.Remove((connection, stream));
        return entry;
    }

    /// <summary>Records an end-of-stream; returns the entry when nothing is pending, so the ack can go now.</summary>
    public Entry? OnEndOfStream(string connection, string stream)
    {
        var entry = Get(connection, stream);
        if (entry.Pending > 0)
        {
            entry.EndRequested = true;
            return null;
        }

        _entries.Remove((connection, stream));
        return entry;
    }

    private Entry Get(string connection, string stream)
    {
        if (!_entries.TryGetValue((connection, stream), out var entry))
        {
            entry = new Entry();
            _entries[(connection, stream)] = entry;
        }

        return entry;
    }

    /// <summary>Counts for one connection and stream.</summary>
    internal sealed class Entry
    {
        public ulong Received { get; set; }

        public ulong Answered { get; set; }

        public int Pending { get; set; }

        public bool EndRequested { get; set; }
    }
}
