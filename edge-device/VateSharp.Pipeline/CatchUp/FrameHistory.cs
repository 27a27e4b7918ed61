// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Tracking;

namespace VateSharp.Pipeline.CatchUp;

/// <summary>
/// The last few seconds of tracking frames (shrunk gray copies) of the current sequence, keyed by frame index
/// and timestamp, so that a late result can be replayed forward through the frames it missed. The history owns
/// the frames it holds and disposes them when they fall out of the window or at <see cref="Reset"/>. Not
/// thread-safe: the frame loop adds frames and runs catch-ups on one thread, which is what keeps a frame from
/// being disposed while a replay reads it.
/// </summary>
public sealed class FrameHistory : IDisposable
{
    private readonly FrameHistoryOptions _options;
    private readonly LinkedList<TrackingFrame> _frames = new();

    /// <summary>Creates an empty history.</summary>
    public FrameHistory(FrameHistoryOptions? options = null)
    {
        _options = options ?? FrameHistoryOptions.Default;
        _options.Validate();
    }

    /// <summary>Gets the number of the current sequence: 0 at first, one more after each <see cref="Reset"/>.</summary>
    public int Sequence { get; private set; }

    /// <summary>Gets the number of frames held.</summary>
    public int Count => _frames.Count;

    /// <summary>Gets the newest frame, or <see langword="null"/> when empty.</summary>
    public TrackingFrame? Newest => _frames.Last?.Value;

    /// <summary>Gets the oldest frame still held, or <see langword="null"/> when empty.</summary>
    public TrackingFrame? Oldest => _frames.First?.Value;

    /// <summary>Gets how many frames have left the window since the history was created.</summary>
    public long Evicted { get; private set; }

    /// <summary>
    /// Adds the newest frame (the history takes ownership) and evicts frames older than the window. Indices must
    /// increase within a sequence; call <see cref="Reset"/> when a new sequence starts.
    /// </summary>
    public void Add(TrackingFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (Newest is { } newest && frame.Index <= newest.Index)
        {
            throw new InvalidOperationException(
                $"Frame {frame.Index} does not follow frame {newest.Index}; call Reset when a new sequence starts.");
        }

        _frames.AddLast(frame);
        ReleasePyramidOf(_options.PyramidFrames);
        var oldestAllowed = frame.Timestamp - _options.Duration;
        while (_frames.Count > _options.MaxFrames || (_frames.First!.Value.Timestamp < oldestAllowed && _frames.Count > 1))
        {
            _frames.First!.Value.Dispose();
            _frames.RemoveFirst();
            Evicted++;
        }
    }

    /// <summary>Finds the frame with the given index.</summary>
    public bool TryGet(int index, out TrackingFrame? frame)
    {
        // Frames are few (tens) and the wanted one is usually near the old end, so a linear walk is cheapest.
        for (var node = _frames.First; node is not null; node = node.Next)
        {
            if (node.Value.Index == index)
            {
                frame = node.Value;
                return true;
            }
        }

        frame = null;
        return false;
    }

    /// <summary>Finds the latest frame whose timestamp is not after <paramref name="timestamp"/>.</summary>
    public bool TryGetAt(TimeSpan timestamp, out TrackingFrame? frame)
    {
        frame = null;
        for (var node = _frames.First; node is not null && node.Value.Timestamp <= timestamp; node = node.Next)
        {
            frame = node.Value;
        }

        return frame is not null;
    }

    /// <summary>Returns the frames after <paramref name="index"/> up to the newest, oldest first.</summary>
    public IReadOnlyList<TrackingFrame> After(int index) => _frames.Where(f => f.Index > index).ToArray();

    /// <summary>Disposes every frame and starts a new sequence (<see cref="Sequence"/> goes up by one).</summary>
    public void Reset()
    {
        DisposeFrames();
        Sequence++;
    }

    /// <inheritdoc />
    public void Dispose() => DisposeFrames();

    // Each add moves one frame out of the newest PyramidFrames, so releasing that one frame's pyramid keeps the rest.
    private void ReleasePyramidOf(int fromNewest)
    {
        var node = _frames.Last;
        for (var k = 0; k < fromNewest && node is not null; k++)
        {
            node = node.Previous;
        }

        node?.Value.ReleasePyramid();
    }

    private void DisposeFrames()
    {
        foreach (var frame in _frames)
        {
            frame.Dispose();
        }

        _frames.Clear();
    }
}
