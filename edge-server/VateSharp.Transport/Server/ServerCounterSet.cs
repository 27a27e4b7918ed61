// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Server;

/// <summary>The live counters; written by the socket thread, read from any thread.</summary>
internal sealed class ServerCounterSet
{
    private long _received;
    private long _answered;
    private long _ok;
    private long _late;
    private long _rejected;
    private long _errors;
    private long _malformed;
    private long _unauthorized;
    private long _queueUs;
    private long _inferenceUs;

    public long Received => Interlocked.Read(ref _received);

    public long Answered => Interlocked.Read(ref _answered);

    public void CountReceived() => Interlocked.Increment(ref _received);

    public void CountMalformed() => Interlocked.Increment(ref _malformed);

    public void CountUnauthorized() => Interlocked.Increment(ref _unauthorized);

    public void CountAnswer(ReplyStatus status, long queueUs, long inferenceUs)
    {
        Interlocked.Increment(ref _answered);
        Interlocked.Add(ref _queueUs, queueUs);
        Interlocked.Add(ref _inferenceUs, inferenceUs);
        switch (status)
        {
            case ReplyStatus.Ok:
                Interlocked.Increment(ref _ok);
                break;
            case ReplyStatus.Late:
                Interlocked.Increment(ref _late);
                break;
            case ReplyStatus.Rejected:
                Interlocked.Increment(ref _rejected);
                break;
            default:
                Interlocked.Increment(ref _errors);
                break;
        }
    }

    public DetectionServerCounters Snapshot(int queued, int busy) => new()
    {
        Received = Interlocked.Read(ref _received),
        Answered = Interlocked.Read(ref _answered),
        Ok = Interlocked.Read(ref _ok),
        Late = Interlocked.Read(ref _late),
        Rejected = Interlocked.Read(ref _rejected),
        Errors = Interlocked.Read(ref _errors),
        Malformed = Interlocked.Read(ref _malformed),
        Unauthorized = Interlocked.Read(ref _unauthorized),
        Queued = queued,
        BusyWorkers = busy,
        TotalQueueTime = TimeSpan.FromMicroseconds(Interlocked.Read(ref _queueUs)),
        TotalInferenceTime = TimeSpan.FromMicroseconds(Interlocked.Read(ref _inferenceUs)),
    };
}
