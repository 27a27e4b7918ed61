// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using Spectre.Console;
using VateSharp.Pipeline.Device;

namespace VateSharp.EdgeDevice;

/// <summary>Progress on a terminal: a Spectre.Console bar, updated at most ten times a second.</summary>
internal sealed class BarProgress(ProgressTask task) : IProgress<DeviceProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _next;

    public void Report(DeviceProgress value)
    {
        var now = _clock.Elapsed;
        if (now < _next && value.Frames != value.TotalFrames)
        {
            return;
        }

        _next = now + Interval;
        if (value.TotalFrames is { } total and > 0)
        {
            task.MaxValue = total;
            task.Value = value.Frames;
        }
        else
        {
            task.IsIndeterminate = true;
        }

        task.Description = Markup.Escape(ProgressText.Describe(value, now).Replace("edge-device: ", string.Empty, StringComparison.Ordinal));
    }
}
