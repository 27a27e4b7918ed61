// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NetMQ;
using NetMQ.Sockets;
using VateSharp.Transport.Protocol;
using Wire = VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Client;

/// <summary>
/// The device's side of the protocol: many requests in flight over one or more servers, replies matched by
/// (stream id, frame id) and never by order, a timeout per request, dead servers skipped until they answer a
/// health ping again. One poller thread owns every socket; callers hand it work through a <see cref="NetMQQueue{T}"/>,
/// so every public member is thread-safe.
/// </summary>
public sealed class DetectionClient : IDisposable
{
    private static readonly TimeSpan TimerPeriod = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(1);

    private readonly DetectionClientOptions _options;
    private readonly ILogger<DetectionClient> _logger;
    private readonly TimeProvider _time;
    private readonly ServerLink[] _links;
    private readonly NetMQQueue<Action> _commands = new();
    private readonly NetMQTimer _timer = new(TimerPeriod);
    private readonly NetMQPoller _poller;
    private readonly ConcurrentDictionary<(string Stream, ulong Frame), PendingRequest> _pending = new();
    private readonly PriorityQueue<PendingRequest, long> _deadlines = new();
    private readonly Dictionary<ulong, ControlWait> _controls = [];
    private readonly Dictionary<(ServerLink Link, string Stream), ControlWait> _endings = [];
    private readonly byte[]? _serverKey;
    private byte[] _token = [];
    private long _tokenMadeAt;
    private ulong _nextCorrelation;
    private int _outstanding;
    private int _roundRobin;
    private long _staleReplies;
    private int _disposed;

    /// <summary>Initializes a new instance of the <see cref="DetectionClient"/> class and connects to every server.</summary>
    /// <param name="options">Servers, timeouts, limits, CURVE.</param>
    /// <param name="logger">Logger; none when <see langword="null"/>.</param>
    /// <param name="time">Clock for timeouts; the system clock when <see langword="null"/>.</param>
    public DetectionClient(DetectionClientOptions options, ILogger<DetectionClient>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options;
        _logger = logger ?? NullLogger<DetectionClient>.Instance;
        _time = time ?? TimeProvider.System;
        _serverKey = options.Curve is { } curve ? NetMQCertificate.FromPublicKey(curve.ServerPublicKey).PublicKey : null;
        _links = options.Endpoints.Select(e => new ServerLink(e, CreateDealer(e))).ToArray();
        _poller = [_commands, _timer];
        foreach (var link in _links)
        {
            link.Socket.ReceiveReady += (_, e) => OnReceiveReady(link, e.Socket);
            _poller.Add(link.Socket);
        }

        _commands.ReceiveReady += OnCommands;
        _timer.Elapsed += (_, _) => OnTimer();
        _poller.RunAsync("vate-client-socket");
    }

    /// <summary>Gets the number of requests in flight.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    /// <summary>Gets the replies that arrived after their request had timed out (dropped).</summary>
    public long StaleReplies => Interlocked.Read(ref _staleReplies);

    /// <summary>Gets the state of each server, in the order of <see cref="DetectionClientOptions.Endpoints"/>.</summary>
    public IReadOnlyList<ServerLinkStatus> Servers => _links.Select(l => l.Status()).ToArray();

    /// <summary>
    /// Submits a frame. The task always completes: with the server's reply, or with <see cref="DetectionStatus.Timeout"/>
    /// when no reply came within the request's timeout, or <see cref="DetectionStatus.Unavailable"/> when every server
    /// is marked dead and none is due for a probe (a dead server gets one frame as a probe per
    /// <see cref="DetectionClientOptions.HealthInterval"/>). It never throws.
    /// </summary>
    /// <returns><see langword="false"/> when the client is disposed, <see cref="DetectionClientOptions.MaxOutstanding"/>
    /// requests are already in flight, or a request with the same stream and frame id is still in flight.</returns>
    public bool TrySubmit(DetectionRequest request, [NotNullWhen(true)] out Task<DetectionReply>? reply)
    {
        ArgumentNullException.ThrowIfNull(request);
        reply = null;
        if (Volatile.Read(ref _disposed) != 0)
        {
            return false;
        }

        if (Interlocked.Increment(ref _outstanding) > _options.MaxOutstanding)
        {
            Interlocked.Decrement(ref _outstanding);
            return false;
        }

        var timeout = request.Timeout ?? _options.DefaultTimeout;
        var submitted = _time.GetTimestamp();
        var deadline = submitted + (long)(timeout.TotalSeconds * _time.TimestampFrequency);
        var pending = new PendingRequest(request, deadline) { SubmittedAt = submitted };
        if (!_pending.TryAdd(pending.Key, pending))
        {
            Interlocked.Decrement(ref _outstanding);
            return false;
        }

        _commands.Enqueue(() => Dispatch(pending));
        reply = pending.Task;
        return true;
    }

    /// <summary>Submits a frame and waits for its reply; a refused submission comes back as <see cref="DetectionStatus.Rejected"/>.</summary>
    public Task<DetectionReply> DetectAsync(DetectionRequest request, CancellationToken cancellationToken = default)
    {
        if (TrySubmit(request, out var reply))
        {
            return reply.WaitAsync(cancellationToken);
        }

        return Task.FromResult(new DetectionReply
        {
            StreamId = request.StreamId,
            FrameId = request.FrameId,
            Status = DetectionStatus.Rejected,
            Reason = $"The client refused the frame: it is disposed, {Outstanding} requests are in flight (limit " +
                $"{_options.MaxOutstanding}), or frame {request.FrameId} of '{request.StreamId}' is already in flight.",
        });
    }

    /// <summary>Pings every server and returns those that answered within the control timeout.</summary>
    public async Task<IReadOnlyList<ServerHealth>> PingAsync(CancellationToken cancellationToken = default)
    {
        var answers = _links.Select(_ => new TaskCompletionSource<ServerHealth?>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        _commands.Enqueue(() =>
        {
            for (var i = 0; i < _links.Length; i++)
            {
                var answer = answers[i];
                var link = _links[i];
                var sentAt = _time.GetTimestamp();
                SendControl(link, MessageKind.Ping, id => new Wire.Ping { CorrelationId = id }, body =>
                    answer.TrySetResult(body is Wire.Pong pong ? ToHealth(link, pong, sentAt) : null));
            }
        });
        var results = await Task.WhenAll(answers.Select(a => a.Task)).WaitAsync(cancellationToken);
        return results.OfType<ServerHealth>().ToArray();
    }

    /// <summary>Asks the first live server what model it runs; <see langword="null"/> when none answers in time.</summary>
    public async Task<ModelMetadata?> GetModelMetadataAsync(CancellationToken cancellationToken = default)
    {
        var answer = new TaskCompletionSource<ModelMetadata?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _commands.Enqueue(() =>
        {
            var link = _links.FirstOrDefault(l => l.IsAlive) ?? _links[0];
            SendControl(link, MessageKind.ModelInfoRequest, id => new Wire.ModelInfoRequest { CorrelationId = id },
                body => answer.TrySetResult(body is Wire.ModelInfo info ? ToMetadata(info) : null));
        });
        return await answer.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Ends a stream: every server that got frames of it acknowledges after answering all of them, so when this
    /// returns with <see cref="EndOfStreamAck.Acknowledged"/> every reply of the stream has arrived. Call it after
    /// the stream's last <see cref="TrySubmit"/> (from the same thread, or after that call returned).
    /// </summary>
    public async Task<EndOfStreamAck> EndStreamAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamId);
        var answer = new TaskCompletionSource<EndOfStreamAck>(TaskCreationOptions.RunContinuationsAsynchronously);
        _commands.Enqueue(() => SendEndOfStream(streamId, answer));
        return await answer.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops the socket thread; requests still in flight complete as <see cref="DetectionStatus.Unavailable"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _poller.Stop();
        foreach (var pending in _pending.Values)
        {
            Finish(pending, DetectionStatus.Unavailable, "The client was disposed before a reply came.");
        }

        foreach (var wait in _controls.Values.Concat(_endings.Values))
        {
            wait.OnAnswer(null);
        }

        _poller.Dispose();
        foreach (var link in _links)
        {
            link.Socket.Dispose();
        }

        _commands.Dispose();
        _timer.Enable = false;
    }

    private DealerSocket CreateDealer(string endpoint)
    {
        var dealer = new DealerSocket();
        dealer.Options.Linger = _options.Linger;
        dealer.Options.ReconnectInterval = _options.ReconnectInterval;
        dealer.Options.MaxMsgSize = _options.MaxMessageBytes;
        dealer.Options.SendHighWatermark = Math.Max(1000, _options.MaxOutstanding * 2);
        dealer.Options.ReceiveHighWatermark = Math.Max(1000, _options.MaxOutstanding * 2);
        if (_options.Curve is { } curve && endpoint.StartsWith("tcp://", StringComparison.Ordinal))
        {
            dealer.Options.CurveServerKey = _serverKey!;
            dealer.Options.CurveCertificate = curve.ClientCertificate;
        }

        dealer.Connect(endpoint);
        return dealer;
    }

    private void OnCommands(object? sender, NetMQQueueEventArgs<Action> e)
    {
        while (e.Queue.TryDequeue(out var command, TimeSpan.Zero))
        {
            try
            {
                command();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _logger.LogError(ex, "A client command failed; the client keeps running");
            }
        }
    }

    private void Dispatch(PendingRequest pending)
    {
        var now = _time.GetTimestamp();
        var remaining = (pending.Deadline - now) / (double)_time.TimestampFrequency;
        if (remaining <= 0)
        {
            Finish(pending, DetectionStatus.Timeout, "The timeout passed before the frame could be sent.");
            return;
        }

        var link = Choose() ?? ChooseProbe(now);
        if (link is null)
        {
            Finish(pending, DetectionStatus.Unavailable,
                $"No live server: all {_links.Length} are marked dead until they answer a health ping or a probe frame.");
            return;
        }

        // The server counts its budget from receipt, so what is sent is what is left now (see docs/protocol.md).
        var budget = pending.Request.ServerDeadline is { } serverDeadline
            ? Math.Min(remaining, serverDeadline.TotalSeconds - ((now - pending.SubmittedAt) / (double)_time.TimestampFrequency))
            : remaining;
        if (budget <= 0)
        {
            Finish(pending, DetectionStatus.Late, "The server deadline passed before the frame could be sent.");
            return;
        }

        var body = WireMapping.ToWire(pending.Request, (uint)Math.Ceiling(budget * 1000));
        var message = WireCodec.Build(MessageKind.DetectRequest, body, Token(), pending.Request.Jpeg);
        if (!link.Socket.TrySendMultipartMessage(TimeSpan.Zero, message))
        {
            Finish(pending, DetectionStatus.Rejected, $"The send queue to {link.Endpoint} is full.");
            return;
        }

        pending.Link = link;
        pending.SentAt = now;
        link.OnSent();
        link.FramesSent[pending.Request.StreamId] = link.FramesSent.GetValueOrDefault(pending.Request.StreamId) + 1;
        _deadlines.Enqueue(pending, pending.Deadline);
    }

    /// <summary>The live server with the fewest requests in flight; ties go round-robin.</summary>
    private ServerLink? Choose()
    {
        ServerLink? best = null;
        var start = _roundRobin++ & int.MaxValue;
        for (var i = 0; i < _links.Length; i++)
        {
            var link = _links[(start + i) % _links.Length];
            if (link.IsAlive && (best is null || link.Outstanding < best.Outstanding))
            {
                best = link;
            }
        }

        return best;
    }

    /// <summary>
    /// When every server is marked dead, the dead one probed longest ago, if <see cref="DetectionClientOptions.HealthInterval"/>
    /// has passed since it was marked dead or last probed. The frame itself is the probe: a server that has just
    /// come back answers it, which marks it alive, without the caller depending on a health ping having been
    /// answered first (a restarted server would otherwise be refused frames until the next ping round trip).
    /// </summary>
    private ServerLink? ChooseProbe(long now)
    {
        ServerLink? best = null;
        foreach (var link in _links)
        {
            var due = link.LastProbe == long.MinValue || _time.GetElapsedTime(link.LastProbe, now) >= _options.HealthInterval;
            if (!link.IsAlive && due
                && (best is null || link.LastProbe < best.LastProbe))
            {
                best = link;
            }
        }

        if (best is not null)
        {
            best.LastProbe = now;
        }

        return best;
    }

    private void OnReceiveReady(ServerLink link, NetMQSocket socket)
    {
        for (var i = 0; i < 256; i++)
        {
            NetMQMessage? message = null;
            if (!socket.TryReceiveMultipartMessage(TimeSpan.Zero, ref message))
            {
                return;
            }

            try
            {
                Handle(link, message);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _logger.LogError(ex, "Failed to handle a message from {Server}; the client keeps running", link.Endpoint);
            }
        }
    }

    private void Handle(ServerLink link, NetMQMessage message)
    {
        var now = _time.GetTimestamp();
        link.LastHeard = now;
        if (message.FrameCount != 2 || !MessageHeader.TryParse(WireCodec.Span(message[0]), out var header, out _, out var error))
        {
            _logger.LogWarning("Ignored a malformed message from {Server}", link.Endpoint);
            return;
        }

        switch (header.Kind)
        {
            case MessageKind.DetectReply when WireCodec.TryParse(Wire.DetectReply.Parser, message[1], out var reply, out error):
                OnDetectReply(link, reply!, now);
                break;
            case MessageKind.Pong when WireCodec.TryParse(Wire.Pong.Parser, message[1], out var pong, out error):
                SetAlive(link, pong!.State == Wire.ServerState.Ready);
                Answer(pong.CorrelationId, pong);
                break;
            case MessageKind.ModelInfo when WireCodec.TryParse(Wire.ModelInfo.Parser, message[1], out var info, out error):
                Answer(info!.CorrelationId, info);
                break;
            case MessageKind.EndOfStreamAck when WireCodec.TryParse(Wire.EndOfStreamAck.Parser, message[1], out var ack, out error):
                if (_endings.Remove((link, ack!.StreamId), out var wait))
                {
                    wait.OnAnswer(ack);
                }

                break;
            case MessageKind.Error when WireCodec.TryParse(Wire.ErrorReply.Parser, message[1], out var refusal, out error):
                _logger.LogWarning("{Server} refused a message: {Reason}", link.Endpoint, refusal!.Reason);
                break;
            default:
                _logger.LogWarning("Ignored a {Kind} message from {Server}: {Error}", header.Kind, link.Endpoint, error);
                break;
        }
    }

    private void OnDetectReply(ServerLink link, Wire.DetectReply reply, long now)
    {
        var key = (reply.StreamId, reply.FrameId);
        if (!_pending.TryGetValue(key, out var pending) || !ReferenceEquals(pending.Link, link)
            || !_pending.TryRemove(KeyValuePair.Create(key, pending)))
        {
            Interlocked.Increment(ref _staleReplies);
            return;
        }

        link.OnAnswered();
        SetAlive(link, true);
        Interlocked.Decrement(ref _outstanding);
        pending.Complete(WireMapping.FromWire(reply, link.Endpoint, _time.GetElapsedTime(pending.SentAt, now)));
    }

    private void OnTimer()
    {
        var now = _time.GetTimestamp();
        while (_deadlines.TryPeek(out var pending, out var deadline) && deadline <= now)
        {
            _deadlines.Dequeue();
            if (!_pending.TryRemove(KeyValuePair.Create(pending.Key, pending)))
            {
                continue;
            }

            var link = pending.Link!;
            link.OnTimedOut();
            if (link.IsAlive && link.LastHeard < pending.SentAt)
            {
                // Nothing at all came back since this request left: treat the server as dead rather than slow.
                link.IsAlive = false;
                link.LastProbe = now;
                _logger.LogWarning("{Server} sent nothing for {Timeout} ms; skipping it until it answers a health ping",
                    link.Endpoint, (long)_time.GetElapsedTime(pending.SentAt, now).TotalMilliseconds);
            }

            Interlocked.Decrement(ref _outstanding);
            pending.Complete(DetectionStatus.Timeout,
                $"No reply from {link.Endpoint} within {(long)_time.GetElapsedTime(pending.SentAt, now).TotalMilliseconds} ms.");
        }

        ExpireControls(now);
        foreach (var link in _links)
        {
            if (!link.IsAlive && (link.LastPing == long.MinValue || _time.GetElapsedTime(link.LastPing, now) >= _options.HealthInterval))
            {
                link.LastPing = now;
                Send(link, MessageKind.Ping, new Wire.Ping());
            }
        }
    }

    private void ExpireControls(long now)
    {
        if (_controls.Count > 0)
        {
            foreach (var (id, wait) in _controls.Where(c => c.Value.Deadline <= now).ToList())
            {
                _controls.Remove(id);
                wait.OnAnswer(null);
            }
        }

        if (_endings.Count > 0)
        {
            foreach (var (key, wait) in _endings.Where(c => c.Value.Deadline <= now).ToList())
            {
                _endings.Remove(key);
                wait.OnAnswer(null);
            }
        }
    }

    private void SetAlive(ServerLink link, bool alive)
    {
        if (link.IsAlive == alive)
        {
            return;
        }

        link.IsAlive = alive;
        if (alive)
        {
            _logger.LogInformation("{Server} answers again; sending it frames", link.Endpoint);
        }
        else
        {
            link.LastProbe = _time.GetTimestamp();
            _logger.LogInformation("{Server} is draining; skipping it", link.Endpoint);
        }
    }

    private void SendControl(ServerLink link, MessageKind kind, Func<ulong, IMessage> body, Action<IMessage?> onAnswer)
    {
        var id = ++_nextCorrelation;
        var now = _time.GetTimestamp();
        var wait = new ControlWait(link, now, now + (long)(_options.ControlTimeout.TotalSeconds * _time.TimestampFrequency))
        {
            OnAnswer = onAnswer,
        };
        if (Send(link, kind, body(id)))
        {
            _controls[id] = wait;
        }
        else
        {
            onAnswer(null);
        }
    }

    private void Answer(ulong correlationId, IMessage body)
    {
        if (correlationId != 0 && _controls.Remove(correlationId, out var wait))
        {
            wait.OnAnswer(body);
        }
    }

    private void SendEndOfStream(string stream, TaskCompletionSource<EndOfStreamAck> answer)
    {
        var links = _links.Where(l => l.FramesSent.ContainsKey(stream)).ToList();
        ulong sent = 0, received = 0, answered = 0;
        var acknowledged = true;
        var remaining = links.Count;
        if (remaining == 0)
        {
            answer.TrySetResult(new EndOfStreamAck { StreamId = stream, Acknowledged = true });
            return;
        }

        var now = _time.GetTimestamp();
        foreach (var link in links)
        {
            var count = link.FramesSent[stream];
            link.FramesSent.Remove(stream);
            sent += count;
            if (_endings.Remove((link, stream), out var earlier))
            {
                earlier.OnAnswer(null);
            }

            _endings[(link, stream)] = new ControlWait(link, now, now + (long)(_options.ControlTimeout.TotalSeconds * _time.TimestampFrequency))
            {
                OnAnswer = OnAck,
            };
            if (!Send(link, MessageKind.EndOfStream, new Wire.EndOfStream { StreamId = stream, FramesSent = count }))
            {
                _endings.Remove((link, stream));
                OnAck(null);
            }
        }

        void OnAck(IMessage? body)
        {
            if (body is Wire.EndOfStreamAck ack)
            {
                received += ack.FramesReceived;
                answered += ack.FramesAnswered;
            }
            else
            {
                acknowledged = false;
            }

            if (--remaining == 0)
            {
                answer.TrySetResult(new EndOfStreamAck
                {
                    StreamId = stream,
                    Acknowledged = acknowledged,
                    FramesSent = sent,
                    FramesReceived = received,
                    FramesAnswered = answered,
                });
            }
        }
    }

    private bool Send(ServerLink link, MessageKind kind, IMessage body) =>
        link.Socket.TrySendMultipartMessage(TimeSpan.Zero, WireCodec.Build(kind, body, Token()));

    private ReadOnlySpan<byte> Token()
    {
        if (_options.Curve is not { } curve)
        {
            return default;
        }

        var now = _time.GetTimestamp();
        if (_token.Length == 0 || _time.GetElapsedTime(_tokenMadeAt, now) > TokenLifetime)
        {
            var certificate = curve.ClientCertificate;
            _token = AuthToken.Create(certificate.PublicKey, certificate.SecretKey, _serverKey,
                _time.GetUtcNow().ToUnixTimeMilliseconds());
            _tokenMadeAt = now;
        }

        return _token;
    }

    private void Finish(PendingRequest pending, DetectionStatus status, string reason)
    {
        if (_pending.TryRemove(KeyValuePair.Create(pending.Key, pending)))
        {
            Interlocked.Decrement(ref _outstanding);
            pending.Complete(status, reason);
        }
    }

    private ServerHealth ToHealth(ServerLink link, Wire.Pong pong, long sentAt) => new()
    {
        Server = link.Endpoint,
        State = WireMapping.FromWire(pong.State),
        Queued = (int)pong.Queued,
        BusyWorkers = (int)pong.BusyWorkers,
        Workers = (int)pong.Workers,
        Load = pong.Load,
        Model = pong.Model,
        Received = pong.Received,
        Answered = pong.Answered,
        RoundTrip = _time.GetElapsedTime(sentAt),
    };

    private static ModelMetadata ToMetadata(Wire.ModelInfo info) => new()
    {
        Name = info.Name,
        Family = info.Family,
        Classes = info.Classes.ToArray(),
        InputWidth = (int)info.InputWidth,
        InputHeight = (int)info.InputHeight,
        Provider = info.Provider,
    };
}
