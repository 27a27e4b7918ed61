// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Tracking.Flow;
using VateSharp.Tracking.Motion;
using VateSharp.Tracking.OpenCv;

namespace VateSharp.Tracking;

/// <summary>Creates trackers by name (<see cref="TrackerNames"/>).</summary>
public static class TrackerFactory
{
    /// <summary>Gets the default method, chosen from the measurements in docs/tracking.md.</summary>
    public const string DefaultName = TrackerNames.MedianFlow;

    /// <summary>Creates the tracker called <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">One of <see cref="TrackerNames.All"/>.</param>
    /// <param name="options">Weak and lost object handling; <see cref="TrackerOptions.Default"/> when omitted.</param>
    /// <param name="medianFlow">Settings of the median-flow tracker; <see cref="MedianFlowOptions.Default"/> when omitted.</param>
    /// <exception cref="ArgumentException">The name is not one of <see cref="TrackerNames.All"/>.</exception>
    public static ITracker Create(string name, TrackerOptions? options = null, MedianFlowOptions? medianFlow = null)
    {
        if (TryCreate(name, options, medianFlow, out var tracker))
        {
            return tracker;
        }

        throw new ArgumentException(
            $"Unknown tracker '{name}'; use one of: {string.Join(", ", TrackerNames.All)}.", nameof(name));
    }

    /// <summary>Creates the tracker called <paramref name="name"/>, or returns <see langword="false"/> for an unknown name.</summary>
    public static bool TryCreate(
        string? name,
        TrackerOptions? options,
        MedianFlowOptions? medianFlow,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ITracker? tracker)
    {
        tracker = name?.Trim().ToLowerInvariant() switch
        {
            TrackerNames.MedianFlow => new MedianFlowTracker(options, medianFlow),
            TrackerNames.Motion => new MotionTracker(options),
            TrackerNames.Kcf => new KcfTracker(options),
            _ => null,
        };
        return tracker is not null;
    }
}
