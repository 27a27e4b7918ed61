// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NetMQ;
using NetMQ.Sockets;
using VateSharp.Inference;
using VateSharp.Transport.Protocol;
using VateSharp.Transport.Protocol.Wire;
using Wire = VateSharp.Transport.Protocol.Wire;

namespace VateSharp.Transport.Server;

/// <summary>
/// Serves any <see cref="IObjectDetector"/> over ZeroMQ (docs/protocol.md). One poller thread owns the ROUTER
/// socket; N worker threads each own a detector and hand their replies back through a <see cref="NetMQQueue{T}"/>,
/// so no socket is ever touched by two threads.
/// </summary>
public sealed class DetectionServer : IAsyncDisposable
{
    // A burst of this many messages is read before the reply queue gets its turn on the socket thread.
    private const int ReceiveBurst = 256;

    // The first this-many refused messages are logged as warnings, the rest at debug level, so a flood of garbage
    // cannot fill the log.
    private const int LoudRefusals = 20;

    private readonly Func<int, IObjectDetector> _detectorFactory;
    private readonly DetectionServerOptions _options;
    private readonly ILogger<DetectionServer> _logger;
    private readonly TimeProvider _time;
    private readonly ServerCounterSet _counters = new();
    private readonly AdmissionQueue<InferenceJob> _admission;
    private readonly StreamLedger _ledger = new();
    private readonly TaskCompletionSource _flushed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IObjectDetector> _detectors = [];
    private ClientAuthenticator? _authenticator;
    private RouterSocket? _router;
    private NetMQQueue<OutboundMessage>? _outbox;
    private NetMQPoller? _poller;
    private Task[] _workers = [];
    private int _busyWorkers;
    private int _refusals;
    private int _state;
    private volatile bool _draining;
    private volatile bool _abandonQueued;

    /// <summary>Initializes a new instance of the <see cref="DetectionServer"/> class; <see cref="Start"/> starts it.</summary>
    /// <param name="detectorFactory">Creates the detector of worker <c>i</c> (0-based). It may return one shared instance
    /// only if that detector is thread-safe.</param>
    /// <param name="options">Endpoint, workers, limits, CURVE.</param>
    /// <param name="logger">Logger; none when <see langword="null"/>.</param>
    /// <param name="time">Clock for queue times and deadlines; the system clock when <see langword="null"/>.</param>
    public DetectionServer(
        Func<int, IObjectDetector> detectorFactory, DetectionServerOptions options,
        ILogger<DetectionServer>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(detectorFactory);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _detectorFactory = detectorFactory;
        _options = options;
        _logger = logger ?? NullLogger<DetectionServer>.Instance;
        _time = time ?? TimeProvider.System;
        _admission = new AdmissionQueue<InferenceJob>(options.QueueCapacityPerClient);
    }

    /// <summary>Gets the endpoint clients connect to (a wildcard host becomes 127.0.0.1, port 0 the bound port).</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>Gets what the workers' detector runs; available after <see cref="Start"/>.</summary>
    public DetectorInfo Model => _detectors.Count > 0
        ? _detectors[0].Info
        : throw new InvalidOperationException("The server has not been started; call Start first.");

    /// <summary>Gets a snapshot of the counters.</summary>
    public DetectionServerCounters Counters => _counters.Snapshot(_admission.Count, Volatile.Read(ref _busyWorkers));

    /// <summary>Creates the detectors, binds the endpoint and starts the socket and worker threads.</summary>
    /// <exception cref="TransportException">The endpoint cannot be bound.</exception>
    public void Start()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("A DetectionServer can be started once; create a new one to restart.");
        }

        try
        {
            for (var i = 0; i < _options.Workers; i++)
            {
                _detectors.Add(_detectorFactory(i));
            }

            _authenticator = _options.Curve is { } curve ? new ClientAuthenticator(curve, _time) : null;
            _router = CreateRouter();
            Endpoint = Bind(_router, _options.Endpoint);
        }
        catch
        {
            DisposeResources();
            throw;
        }

        _outbox = new NetMQQueue<OutboundMessage>();
        _outbox.ReceiveReady += OnOutboxReady;
        _router.ReceiveReady += OnRouterReady;
        _poller = [_router, _outbox];
        _poller.RunAsync("vate-server-socket");
        _workers = Enumerable.Range(0, _options.Workers)
            .Select(i => Task.Factory.StartNew(
                () => RunWorker(_detectors[i]), CancellationToken.None, TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        _logger.LogInformation(
            "Serving {Model} ({Provider}) on {Endpoint}: {Workers} workers, {Queue} frames queued per client, " +
            "messages up to {MaxBytes} bytes, CURVE {Curve}",
            Model.Name, Model.Provider, Endpoint, _options.Workers, _options.QueueCapacityPerClient,
            _options.MaxMessageBytes, _options.Curve is null ? "off" : $"on ({_options.Curve.AllowedClientKeys.Count} keys)");
    }

    /// <summary>
    /// Stops gracefully: new frames are rejected, queued and running frames are answered (for at most the drain
    /// timeout, after which the rest are rejected), every reply is flushed, then sockets close with linger.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1)
        {
            return;
        }

        _draining = true;
        _admission.Complete();
        var workers = Task.WhenAll(_workers);
        if (await Task.WhenAny(workers, Task.Delay(_options.DrainTimeout, cancellationToken)) != workers)
        {
            _logger.LogWarning("Drain timeout of {Timeout} reached; rejecting the frames still queued", _options.DrainTimeout);
            _abandonQueued = true;
        }

        await workers;
        _outbox!.Enqueue(OutboundMessage.Flush);
#pragma warning disable VSTHRD003 // The socket thread completes this task; no synchronisation context is involved.
        await Task.WhenAny(_flushed.Task, Task.Delay(_options.Linger + TimeSpan.FromSeconds(1), CancellationToken.None));
#pragma warning restore VSTHRD003
        _poller!.Stop();
        DisposeResources();
        _state = 3;
        var counters = Counters;
        _logger.LogInformation(
            "Stopped: {Received} received, {Answered} answered ({Ok} ok, {Late} late, {Rejected} rejected, " +
            "{Errors} errors), {Malformed} malformed, {Unauthorized} unauthorized",
            counters.Received, counters.Answered, counters.Ok, counters.Late, counters.Rejected, counters.Errors,
            counters.Malformed, counters.Unauthorized);
    }

    /// <summary>
    /// Simulates a crash, for tests: sockets close at once without linger, nothing queued or running is answered.
    /// Detectors are disposed once their workers notice.
    /// </summary>
    internal void Kill()
    {
        if (Interlocked.CompareExchange(ref _state, 3, 1) != 1)
        {
            return;
        }

        _draining = true;
        _abandonQueued = true;
        _admission.Complete();
        _poller!.Stop();
        _router!.Options.Linger = TimeSpan.Zero;
        _poller.Dispose();
        _router.Dispose();
        _ = Task.WhenAll(_workers).ContinueWith(
            _ =>
            {
                _outbox!.Dispose();
                foreach (var detector in _detectors.Distinct())
                {
                    detector.Dispose();
                }
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _state) == 0)
        {
            _state = 3;
            return;
        }

        await StopAsync();
    }

    private static string Bind(RouterSocket router, string endpoint)
    {
        try
        {
            var colon = endpoint.LastIndexOf(':');
            if (endpoint.StartsWith("tcp://", StringComparison.Ordinal) && endpoint.EndsWith(":0", StringComparison.Ordinal))
            {
                var port = router.BindRandomPort(endpoint[..colon]);
                return Connectable($"{endpoint[..colon]}:{port}");
            }

            router.Bind(endpoint);
            return Connectable(endpoint);
        }
        catch (Exception ex) when (ex is NetMQException or System.Net.Sockets.SocketException or ArgumentException)
        {
            throw new TransportException(
                $"Cannot bind {endpoint}: {ex.Message}. Is another server using it? Choose another endpoint.", ex);
        }
    }

    private static string Connectable(string endpoint) =>
        endpoint.Replace("tcp://*:", "tcp://127.0.0.1:", StringComparison.Ordinal)
            .Replace("tcp://0.0.0.0:", "tcp://127.0.0.1:", StringComparison.Ordinal);

    private RouterSocket CreateRouter()
    {
        var router = new RouterSocket();
        router.Options.Linger = _options.Linger;
        router.Options.MaxMsgSize = _options.MaxMessageBytes;
        router.Options.ReceiveHighWatermark = _options.HighWatermark;
        router.Options.SendHighWatermark = _options.HighWatermark;
        if (_options.Curve is { } curve)
        {
            router.Options.CurveServer = true;
            router.Options.CurveCertificate = curve.ServerCertificate;
        }

        return router;
    }

    private void RunWorker(IObjectDetector detector)
    {
        var worker = new InferenceWorker(detector, _time, _logger);
        while (_admission.TryTake(out var job))
        {
            Interlocked.Increment(ref _busyWorkers);
            try
            {
                var reply = worker.Run(job!, _abandonQueued);
                if (Volatile.Read(ref _state) != 3)
                {
                    _outbox!.Enqueue(reply);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _busyWorkers);
            }
        }
    }

    private void OnRouterReady(object? sender, NetMQSocketEventArgs e)
    {
        for (var i = 0; i < ReceiveBurst; i++)
        {
            NetMQMessage? message = null;
            if (!e.Socket.TryReceiveMultipartMessage(TimeSpan.Zero, ref message))
            {
                return;
            }

            try
            {
                Handle(message);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A bug triggered by one peer's message must not stop the server for everyone.
                _counters.CountMalformed();
                _logger.LogError(ex, "Unexpected failure handling a message; the server keeps serving");
            }
        }
    }

    private void OnOutboxReady(object? sender, NetMQQueueEventArgs<OutboundMessage> e)
    {
        while (e.Queue.TryDequeue(out var outbound, TimeSpan.Zero))
        {
            if (ReferenceEquals(outbound, OutboundMessage.Flush))
            {
                _flushed.TrySetResult();
                continue;
            }

            Send(outbound);
        }
    }

    private void Send(OutboundMessage outbound)
    {
        // ROUTER drops a message for a peer that has gone or whose pipe is full; it never blocks this thread.
        _router!.TrySendMultipartMessage(TimeSpan.Zero, outbound.Message);
        if (outbound.Job is not { } job)
        {
            return;
        }

        _counters.CountAnswer(outbound.Status, outbound.QueueUs, outbound.InferenceUs);
        if (_ledger.OnAnswered(job.Route.Key, job.Request.StreamId) is { } ended)
        {
            SendAck(job.Route, job.Request.StreamId, ended);
        }
    }

    private void SendAck(ClientRoute route, string stream, StreamLedger.Entry entry)
    {
        var ack = new Wire.EndOfStreamAck { StreamId = stream, FramesReceived = entry.Received, FramesAnswered = entry.Answered };
        _router!.TrySendMultipartMessage(TimeSpan.Zero, ReplyFactory.Control(route, MessageKind.EndOfStreamAck, ack).Message);
    }

    private void Handle(NetMQMessage message)
    {
        if (message.FrameCount < 2)
        {
            _counters.CountMalformed();
            return;
        }

        var offset = message.FrameCount > 2 && message[1].MessageSize == 0 ? 2 : 1;
        var identity = message[0].ToByteArray();
        var route = new ClientRoute(identity, Convert.ToHexString(identity), offset == 2);
        if (!MessageHeader.TryParse(WireCodec.Span(message[offset]), out var header, out var token, out var error))
        {
            if (_authenticator is null || _authenticator.TryAuthenticate(route.Key, default, out _))
            {
                Refuse(route, error);
            }
            else
            {
                Unauthorized(route, "its header frame is not a VATE header");
            }

            return;
        }

        if (_authenticator is not null && !_authenticator.TryAuthenticate(route.Key, token, out var reason))
        {
            Unauthorized(route, reason);
            return;
        }

        var size = 0L;
        for (var i = offset; i < message.FrameCount; i++)
        {
            size += message[i].MessageSize;
        }

        var frames = message.FrameCount - offset;
        if (size > _options.MaxMessageBytes)
        {
            Refuse(route, $"The message of {size} bytes exceeds this server's limit of {_options.MaxMessageBytes} bytes.");
        }
        else if (frames != WireCodec.ExpectedFrames(header.Kind))
        {
            Refuse(route, $"A {header.Kind} message must have {WireCodec.ExpectedFrames(header.Kind)} frames after the " +
                $"routing envelope; got {frames}.");
        }
        else
        {
            Dispatch(route, header.Kind, message[offset + 1], frames > 2 ? message[offset + 2] : null);
        }
    }

    private void Dispatch(ClientRoute route, MessageKind kind, NetMQFrame body, NetMQFrame? payload)
    {
        switch (kind)
        {
            case MessageKind.DetectRequest:
                if (WireCodec.TryParse(DetectRequest.Parser, body, out var request, out var error))
                {
                    Admit(route, request!, payload!);
                    return;
                }

                Refuse(route, error);
                return;
            case MessageKind.Ping:
                if (WireCodec.TryParse(Ping.Parser, body, out var ping, out error))
                {
                    Reply(route, MessageKind.Pong, Pong(ping!.CorrelationId));
                    return;
                }

                Refuse(route, error);
                return;
            case MessageKind.ModelInfoRequest:
                if (WireCodec.TryParse(ModelInfoRequest.Parser, body, out var info, out error))
                {
                    Reply(route, MessageKind.ModelInfo, ModelInfo(info!.CorrelationId));
                    return;
                }

                Refuse(route, error);
                return;
            case MessageKind.EndOfStream:
                if (WireCodec.TryParse(EndOfStream.Parser, body, out var end, out error))
                {
                    if (_ledger.OnEndOfStream(route.Key, end!.StreamId) is { } entry)
                    {
                        SendAck(route, end.StreamId, entry);
                    }

                    return;
                }

                Refuse(route, error);
                return;
            default:
                Refuse(route, $"Message kind 0x{(byte)kind:x2} is not a request this server answers.");
                return;
        }
    }

    private void Admit(ClientRoute route, DetectRequest request, NetMQFrame jpeg)
    {
        var receivedAt = _time.GetTimestamp();
        var model = _detectors[0].Info.Name;
        _counters.CountReceived();
        _ledger.OnReceived(route.Key, request.StreamId);
        if (!RequestValidator.TryValidate(request, jpeg.MessageSize, _options.Postprocess, out var postprocess, out var error))
        {
            Refused(ReplyStatus.Error, error);
            return;
        }

        var wanted = request.Wishes?.Model ?? string.Empty;
        if (wanted.Length > 0 && !string.Equals(wanted, model, StringComparison.OrdinalIgnoreCase))
        {
            Refused(ReplyStatus.Rejected, $"This server runs '{model}', not the requested '{wanted}'.");
            return;
        }

        if (_draining)
        {
            Refused(ReplyStatus.Rejected, "The server is stopping and takes no new frames.");
            return;
        }

        var job = new InferenceJob
        {
            Route = route,
            Request = request,
            Jpeg = WireCodec.Memory(jpeg),
            Postprocess = postprocess,
            ReceivedAt = receivedAt,
            Deadline = request.DeadlineMs == 0
                ? null
                : receivedAt + (long)(request.DeadlineMs / 1000.0 * _time.TimestampFrequency),
        };
        if (!_admission.TryAdd(route.Key, job, out var evicted))
        {
            Refused(ReplyStatus.Rejected, "The server is stopping and takes no new frames.");
            return;
        }

        if (evicted is not null)
        {
            var waited = (long)_time.GetElapsedTime(evicted.ReceivedAt).TotalMicroseconds;
            Send(ReplyFactory.Detect(evicted.Route, evicted.Request, ReplyStatus.Rejected,
                $"Dropped unrun: this client's queue of {_options.QueueCapacityPerClient} frames was full and a newer " +
                "frame arrived (drop-oldest policy).", model, waited, job: evicted));
        }

        void Refused(ReplyStatus status, string reason)
        {
            var stand = new InferenceJob
            {
                Route = route,
                Request = request,
                Jpeg = default,
                Postprocess = postprocess,
                ReceivedAt = receivedAt,
            };
            Send(ReplyFactory.Detect(route, request, status, reason, model, job: stand));
        }
    }

    private Pong Pong(ulong correlationId)
    {
        var busy = Volatile.Read(ref _busyWorkers);
        var queued = _admission.Count;
        return new Pong
        {
            CorrelationId = correlationId,
            State = _draining ? Wire.ServerState.Draining : Wire.ServerState.Ready,
            Queued = (uint)queued,
            BusyWorkers = (uint)busy,
            Workers = (uint)_options.Workers,
            Load = (queued + busy) / (float)_options.Workers,
            Model = _detectors[0].Info.Name,
            Received = (ulong)_counters.Received,
            Answered = (ulong)_counters.Answered,
        };
    }

    private ModelInfo ModelInfo(ulong correlationId)
    {
        var info = _detectors[0].Info;
        var reply = new ModelInfo
        {
            CorrelationId = correlationId,
            Name = info.Name,
            Family = info.Family,
            InputWidth = (uint)info.InputWidth,
            InputHeight = (uint)info.InputHeight,
            Provider = info.Provider,
        };
        reply.Classes.AddRange(info.ClassNames);
        return reply;
    }

    private void Reply(ClientRoute route, MessageKind kind, Google.Protobuf.IMessage body) =>
        _router!.TrySendMultipartMessage(TimeSpan.Zero, ReplyFactory.Control(route, kind, body).Message);

    private void Refuse(ClientRoute route, string reason)
    {
        _counters.CountMalformed();
        LogRefusal("Refused a message from {Client}: {Reason}", route.Key, reason);
        _router!.TrySendMultipartMessage(TimeSpan.Zero, ReplyFactory.Error(route, reason).Message);
    }

    private void Unauthorized(ClientRoute route, string reason)
    {
        // An unknown client gets no reply at all: nothing tells it whether a server is even listening.
        _counters.CountUnauthorized();
        LogRefusal("Ignored a message from {Client}: {Reason}", route.Key, reason);
    }

    private void LogRefusal(string template, string client, string reason)
    {
        var level = Interlocked.Increment(ref _refusals) <= LoudRefusals ? LogLevel.Warning : LogLevel.Debug;
#pragma warning disable CA2254 // The two templates are constants chosen above; both use the same placeholders.
        _logger.Log(level, template, client, reason);
#pragma warning restore CA2254
    }

    private void DisposeResources()
    {
        _poller?.Dispose();
        _router?.Dispose();
        _outbox?.Dispose();
        _authenticator?.Dispose();
        foreach (var detector in _detectors.Distinct())
        {
            detector.Dispose();
        }
    }
}
