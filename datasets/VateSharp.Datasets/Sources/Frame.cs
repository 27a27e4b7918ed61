// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;

namespace VateSharp.Datasets.Sources;

/// <summary>
/// One decoded frame. The frame owns <see cref="Image"/>; whoever holds the frame last disposes it.
/// </summary>
public sealed class Frame : IDisposable
{
    /// <summary>Gets the BGR image as OpenCV decoded it.</summary>
    public required Mat Image { get; init; }

    /// <summary>Gets the name of the sequence or stream the frame belongs to (a VisDrone sequence folder name).</summary>
    public required string SourceName { get; init; }

    /// <summary>Gets the zero-based position of the frame within its sequence, counting frames that failed to decode.</summary>
    public required int Index { get; init; }

    /// <summary>Gets the frame's time from the start of its sequence (from the file's frame rate, or the wall clock for live sources).</summary>
    public required TimeSpan Timestamp { get; init; }

    /// <summary>
    /// Gets the file name relative to the dataset root as COCO files name it (<c>sequence/0000001.jpg</c>),
    /// or <see langword="null"/> for video and live sources.
    /// </summary>
    public string? FileName { get; init; }

    /// <summary>Gets a value indicating whether this is the first frame of a new sequence (state must reset).</summary>
    public bool IsFirstOfSequence { get; init; }

    /// <inheritdoc />
    public void Dispose() => Image.Dispose();
}
