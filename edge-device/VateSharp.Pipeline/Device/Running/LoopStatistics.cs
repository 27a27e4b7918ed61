// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>Counters the frame loop keeps beside <see cref="Metrics.PipelineMetrics"/>.</summary>
internal sealed class LoopStatistics
{
    private readonly long[] _merged = new long[3];
    private readonly long[] _behindSum = new long[3];
    private readonly int[] _behindMax = new int[3];

    public long Shown { get; set; }

    public long Filled { get; set; }

    public int Sequences { get; set; }

    public long PrimaryWaits { get; set; }

    public TimeSpan PrimaryWaited { get; set; }

    public long PrimaryWaitsAbandoned { get; set; }

    public TimeSpan? LoopCpu { get; set; }

    public void RecordMerge(Tier tier, int framesBehind)
    {
        var t = (int)tier;
        _merged[t]++;
        _behindSum[t] += framesBehind;
        _behindMax[t] = Math.Max(_behindMax[t], framesBehind);
    }

    public long Merged(Tier tier) => _merged[(int)tier];

    public double MeanFramesBehind(Tier tier) => _merged[(int)tier] == 0 ? 0 : _behindSum[(int)tier] / (double)_merged[(int)tier];

    public int MaxFramesBehind(Tier tier) => _behindMax[(int)tier];
}
