// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>
/// Caps the frame loop at a rate without dropping anything (VATE replays at most 24 frames per second): after each
/// frame it sleeps until that frame's slot on a fixed schedule. A loop that fell behind starts a new schedule
/// rather than rushing through frames to catch up.
/// </summary>
internal sealed class FramePacer(double? framesPerSecond)
{
    private readonly TimeSpan _period = framesPerSecond is > 0 ? TimeSpan.FromSeconds(1 / framesPerSecond.Value) : TimeSpan.Zero;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _due;

    public void Wait(CancellationToken cancellationToken)
    {
        if (_period == TimeSpan.Zero)
        {
            return;
        }

        _due += _period;
        var now = _clock.Elapsed;
        if (_due <= now)
        {
            _due = now;
            return;
        }

        cancellationToken.WaitHandle.WaitOne(_due - now);
    }
}
