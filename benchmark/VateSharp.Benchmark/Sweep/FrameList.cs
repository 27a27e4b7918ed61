// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Cli;
using VateSharp.Datasets;
using VateSharp.Datasets.Sources;

namespace VateSharp.Benchmark.Sweep;

/// <summary>The frames the frame loops read: the images of the sequences in playback order, optionally capped per
/// sequence as the edge-device program's --max-frames does.</summary>
public static class FrameList
{
    /// <summary>The frames of a sequence glob, sequence by sequence, each in frame order.</summary>
    /// <param name="sequences">A glob of sequence folders, or one folder.</param>
    /// <param name="limit">At most this many frames from the start of each sequence; null for all.</param>
    /// <exception cref="UserFacingException">The glob matches no folder of images.</exception>
    public static IReadOnlyList<string> Resolve(string sequences, int? limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sequences);

        try
        {
            return [.. ImageSequenceDiscovery.Discover(sequences).SelectMany(s => limit is { } n ? s.Files.Take(n) : s.Files)];
        }
        catch (DatasetException e)
        {
            throw new UserFacingException(e.Message, ExitCodes.Usage);
        }
    }

    /// <summary>Reads a list file (one path a line, blank lines ignored).</summary>
    public static IReadOnlyList<string> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return [.. File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0)];
    }
}
