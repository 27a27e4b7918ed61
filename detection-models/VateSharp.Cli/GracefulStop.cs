// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Cli;

/// <summary>
/// A softer Ctrl-C for verbs that have no natural end, such as a device reading a camera. Once a verb arms it, the
/// first Ctrl-C or SIGTERM only cancels <see cref="Token"/>, so the verb can finish the work in hand and write its
/// outputs; a second one cancels the run as usual. Unarmed, the first signal cancels the run.
/// </summary>
public sealed class GracefulStop : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private int _armed;

    /// <summary>Gets the token cancelled by the first signal once armed.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Gets a value indicating whether the first signal stops gracefully.</summary>
    public bool IsArmed => Volatile.Read(ref _armed) == 1;

    /// <summary>Makes the next signal stop gracefully instead of cancelling.</summary>
    public void Arm() => Volatile.Write(ref _armed, 1);

    /// <inheritdoc />
    public void Dispose() => _source.Dispose();

    /// <summary>Requests the graceful stop; false when unarmed or already requested (then the caller cancels).</summary>
    internal bool TryRequest()
    {
        if (!IsArmed || _source.IsCancellationRequested)
        {
            return false;
        }

        _source.Cancel();
        return true;
    }
}
