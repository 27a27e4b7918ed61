// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Scheduling;

/// <summary>Counters of <see cref="DetectionScheduler"/>.</summary>
/// <param name="Frames">Frames seen.</param>
/// <param name="Submitted">Frames sent to the detector.</param>
/// <param name="Delivered">Results handed back.</param>
/// <param name="Waits">Frames on which the loop blocked.</param>
/// <param name="Discarded">Results thrown away because their sequence had ended.</param>
/// <param name="MaxFramesBehind">The largest lag of a delivered result, in frames.</param>
/// <param name="TimeWaited">The total time the loop blocked.</param>
public readonly record struct DetectionSchedulerStatistics(
    long Frames, long Submitted, long Delivered, long Waits, long Discarded, int MaxFramesBehind, TimeSpan TimeWaited);
