// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;
using VateSharp.Pipeline.Device;

namespace VateSharp.EdgeDevice;

/// <summary>Progress for a stdout that is no terminal (logs, CI): one plain line every few seconds.</summary>
internal sealed class PlainProgress : IProgress<DeviceProgress>
{
    private readonly TextWriter _output;
    private readonly TimeSpan _interval;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _next;

    public PlainProgress(TextWriter output, TimeSpan interval)
    {
        _output = output;
        _interval = interval;
        _next = interval;
    }

    public void Report(DeviceProgress value)
    {
        var now = _clock.Elapsed;
        if (now < _next)
        {
            return;
        }

        _next = now + _interval;
        _output.WriteLine(ProgressText.Describe(value, now));
        _output.Flush();
    }
}
