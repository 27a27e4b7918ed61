// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VateSharp.Inference.Tests.Assets;

/// <summary>How the loopback mirror answers a request for one path.</summary>
public enum MirrorBehaviour
{
    /// <summary>Send the bytes as they are.</summary>
    Serve,

    /// <summary>Announce the full length, send half the body, then close the connection.</summary>
    CutConnection,

    /// <summary>Announce and send only the first half (a well-formed but short response).</summary>
    ShortBody,

    /// <summary>Send the full length with one byte flipped.</summary>
    FlipByte,
}

/// <summary>
/// A tiny HTTP/1.1 server on a random loopback port that serves registered byte arrays, optionally damaged, and
/// answers 404 for anything else. Built on <see cref="TcpListener"/> so that it can cut a response short.
/// </summary>
public sealed class LoopbackMirror : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<string, (byte[] Bytes, MirrorBehaviour Behaviour)> _files = new();
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public LoopbackMirror()
    {
        _listener.Start();
        BaseAddress = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
        _ = Task.Run(AcceptLoopAsync);
    }

    public string BaseAddress { get; }

    public int Requests => Volatile.Read(ref _requests);

    public void Add(string path, byte[] bytes, MirrorBehaviour behaviour = MirrorBehaviour.Serve) =>
        _files["/" + path] = (bytes, behaviour);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();

        // The accept loop ends on its own once the listener stops; its token source is left to the finaliser so
        // that the loop never observes a disposed token.
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var path = await ReadRequestPathAsync(stream);
            Interlocked.Increment(ref _requests);
            if (path is null || !_files.TryGetValue(path, out var entry))
            {
                await WriteAsync(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
                return;
            }

            var body = entry.Bytes;
            var announced = body.Length;
            switch (entry.Behaviour)
            {
                case MirrorBehaviour.CutConnection:
                    body = body[..(body.Length / 2)];
                    break;
                case MirrorBehaviour.ShortBody:
                    body = body[..(body.Length / 2)];
                    announced = body.Length;
                    break;
                case MirrorBehaviour.FlipByte:
                    body = (byte[])body.Clone();
                    body[body.Length / 2] ^= 0xFF;
                    break;
                case MirrorBehaviour.Serve:
                default:
                    break;
            }

            var header = string.Create(
                CultureInfo.InvariantCulture,
                $"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {announced}\r\nConnection: close\r\n\r\n");
            await WriteAsync(stream, Encoding.ASCII.GetBytes(header));
            await WriteAsync(stream, body);
        }
    }

    private static async Task WriteAsync(NetworkStream stream, byte[] bytes)
    {
        try
        {
            await stream.WriteAsync(bytes);
        }
        catch (IOException)
        {
            // The client may hang up first; the test looks at what the client saw.
        }
    }

    private static async Task<string?> ReadRequestPathAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled));
            if (read == 0)
            {
                return null;
            }

            filled += read;
            var text = Encoding.ASCII.GetString(buffer, 0, filled);
            if (text.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var parts = text.Split(' ', 3);
                return parts.Length >= 2 ? Uri.UnescapeDataString(parts[1]) : null;
            }
        }

        return null;
    }
}
