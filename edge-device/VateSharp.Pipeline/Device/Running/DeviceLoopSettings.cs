// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Sources;
using VateSharp.Pipeline.CatchUp;
using VateSharp.Pipeline.Scheduling;
using VateSharp.Tracking;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>What the frame loop needs to know besides its parts.</summary>
internal sealed class DeviceLoopSettings
{
    private readonly Dictionary<string, ImageSequence> _sequences = new(StringComparer.Ordinal);

    public DeviceLoopSettings(IReadOnlyList<ImageSequence>? sequences)
    {
        foreach (var sequence in sequences ?? [])
        {
            _sequences.TryAdd(sequence.Name, sequence);
        }
    }

    public required DetectionRateOptions Rate { get; init; }

    public required string Tracker { get; init; }

    public TrackerOptions TrackerOptions { get; init; } = TrackerOptions.Default;

    public required TrackingFrameOptions TrackingFrame { get; init; }

    public required FrameHistoryOptions History { get; init; }

    public required CatchUpOptions CatchUp { get; init; }

    public int? MaxFramesPerSequence { get; init; }

    /// <summary>Gets a value indicating whether the source is one stream (video, camera), which ends at the frame limit.</summary>
    public bool SingleStream { get; init; }

    public double FramesPerSecond { get; init; } = 25;

    /// <summary>Gets the most frames shown per second (VATE's replay cap), or null for as fast as possible.</summary>
    public double? MaxFramesPerSecond { get; init; }

    /// <summary>Gets the JPEG quality of frames for a remote primary detector.</summary>
    public int PrimaryJpegQuality { get; init; } = 90;

    /// <summary>Returns how many frames a sequence has, when it is an image sequence.</summary>
    public int? SequenceLength(string sequence) => _sequences.TryGetValue(sequence, out var found) ? found.Files.Count : null;

    /// <summary>Returns the COCO file name of frame <paramref name="index"/> of an image sequence.</summary>
    public string? FileNameOf(string sequence, int index) =>
        _sequences.TryGetValue(sequence, out var found) && index < found.Files.Count
            ? $"{found.Name}/{Path.GetFileName(found.Files[index])}"
            : null;
}
