// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Datasets.Sources;

namespace VateSharp.Benchmark.Sweep;

/// <summary>The frames the frame loops read: every image of the sequences in playback order, optionally capped.</summary>
public static class FrameList
{
    /// <summary>The frames of a sequence glob, sequence by sequence, each in frame order.</summary>
    /// <param name="sequences">A glob of sequence folders, or one folder.</param>
    /// <param name="limit">At most this many frames from the start; null for all.</param>
    public static IReadOnlyList<string> Resolve(string sequences, int? limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sequences);

        var frames = ImageSequenceDiscovery.Discover(sequences).SelectMany(s => s.Files);
        return [.. limit is { } n ? frames.Take(n) : frames];
    }

    /// <summary>Reads a list file (one path a line, blank lines ignored).</summary>
    public static IReadOnlyList<string> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return [.. File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0)];
    }
}
