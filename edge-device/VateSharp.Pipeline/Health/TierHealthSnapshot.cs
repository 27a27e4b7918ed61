// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Health;

/// <summary>A tier's health at one moment.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Condition">Its condition now.</param>
/// <param name="Transitions">How many times the condition changed.</param>
/// <param name="TimesDegraded">How many times it went from healthy to slow or down.</param>
/// <param name="TimeDegraded">The total time spent slow or down, including a spell still under way.</param>
public readonly record struct TierHealthSnapshot(
    Tier Tier, TierCondition Condition, int Transitions, int TimesDegraded, TimeSpan TimeDegraded);
