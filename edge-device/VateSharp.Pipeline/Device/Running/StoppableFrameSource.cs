// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Sources;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// Makes a source end when a stop is requested, even while it waits for a live frame, so that the loop winds down
/// exactly as at the end of a file. It does not own the source it wraps.
/// </summary>
internal sealed class StoppableFrameSource(IFrameSource inner, CancellationToken stop) : IFrameSource
{
    public string Description => inner.Description;

    public bool IsLive => inner.IsLive;

    public double? FramesPerSecond => inner.FramesPerSecond;

    public int SkippedFrames => inner.SkippedFrames;

    public int DroppedFrames => inner.DroppedFrames;

    public int Reconnects => inner.Reconnects;

    public bool StoppedOnRequest { get; private set; }

    public bool TryRead(out Frame? frame, CancellationToken cancellationToken = default)
    {
        // Most runs have no stop to watch: they need no linked token per frame.
        if (!stop.CanBeCanceled)
        {
            return inner.TryRead(out frame, cancellationToken);
        }

        frame = null;
        if (stop.IsCancellationRequested)
        {
            StoppedOnRequest = true;
            return false;
        }

        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop);
        try
        {
            return inner.TryRead(out frame, either.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            StoppedOnRequest = true;
            return false;
        }
    }

    public void Dispose()
    {
        // The input plan owns the wrapped source.
    }
}
