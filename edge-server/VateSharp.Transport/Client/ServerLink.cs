// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NetMQ.Sockets;

namespace VateSharp.Transport.Client;

/// <summary>One server as the client's socket thread sees it. Used by that thread only, except the status reads.</summary>
internal sealed class ServerLink(string endpoint, DealerSocket socket)
{
    private volatile bool _alive = true;
    private int _outstanding;
    private long _answered;
    private long _timedOut;

    public string Endpoint { get; } = endpoint;

    public DealerSocket Socket { get; } = socket;

    /// <summary>Gets or sets the timestamp of the last message received from the server.</summary>
    public long LastHeard { get; set; } = long.MinValue;

    /// <summary>Gets or sets the timestamp of the last health ping sent while the server was dead.</summary>
    public long LastPing { get; set; } = long.MinValue;

    /// <summary>
    /// Gets or sets the timestamp at which the server was marked dead or last got a frame as a probe while dead.
    /// </summary>
    public long LastProbe { get; set; } = long.MinValue;

    /// <summary>Gets the frames sent per stream, for end-of-stream accounting.</summary>
    public Dictionary<string, ulong> FramesSent { get; } = new(StringComparer.Ordinal);

    public bool IsAlive
    {
        get => _alive;
        set => _alive = value;
    }

    public int Outstanding => Volatile.Read(ref _outstanding);

    public void OnSent() => Interlocked.Increment(ref _outstanding);

    public void OnAnswered()
    {
        Interlocked.Decrement(ref _outstanding);
        Interlocked.Increment(ref _answered);
    }

    public void OnTimedOut()
    {
        Interlocked.Decrement(ref _outstanding);
        Interlocked.Increment(ref _timedOut);
    }

    public ServerLinkStatus Status() =>
        new(Endpoint, IsAlive, Outstanding, Interlocked.Read(ref _answered), Interlocked.Read(ref _timedOut));
}
