// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.CatchUp;

/// <summary>The result of one catch-up.</summary>
/// <param name="Outcome">What became of the result.</param>
/// <param name="Detections">The boxes on the newest frame (empty when dropped).</param>
/// <param name="FramesBehind">How many frames the result lagged the newest frame.</param>
/// <param name="Steps">How many tracker steps the replay took.</param>
/// <param name="Elapsed">How long the replay took.</param>
public readonly record struct CatchUpReport(
    CatchUpOutcome Outcome, IReadOnlyList<Detection> Detections, int FramesBehind, int Steps, TimeSpan Elapsed)
{
    /// <summary>Gets a value indicating whether the result can be merged (it was not dropped).</summary>
    public bool IsUsable => Outcome is CatchUpOutcome.Current or CatchUpOutcome.BroughtForward;
}
