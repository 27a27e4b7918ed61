// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics;

namespace VateSharp.Pipeline.Metrics;

/// <summary>
/// Times one stage from a <see cref="Stopwatch"/> timestamp, without allocating:
/// <c>var t = StageTimer.Start(); ...; t.Stop(metrics, PipelineStage.Track);</c>
/// </summary>
public readonly struct StageTimer
{
    private readonly long _started;

    private StageTimer(long started) => _started = started;

    /// <summary>Gets the time since <see cref="Start"/>.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    /// <summary>Starts timing now.</summary>
    public static StageTimer Start() => new(Stopwatch.GetTimestamp());

    /// <summary>Records the time since <see cref="Start"/> as one sample of <paramref name="stage"/> and returns it.</summary>
    public TimeSpan Stop(PipelineMetrics metrics, PipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var elapsed = Elapsed;
        metrics.RecordStage(stage, elapsed);
        return elapsed;
    }
}
