// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Pipeline.Device;

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>Keeps what the device showed, and runs an action on chosen frames (to kill or restart a tier mid-run).</summary>
internal sealed class FrameLog : IShownFrameSink
{
    private readonly Dictionary<int, Action> _actions = [];

    public List<ShownFrame> Frames { get; } = [];

    /// <summary>Runs <paramref name="action"/> on the loop thread right after the n-th frame (0-based, over the run) was shown.</summary>
    public FrameLog After(int frame, Action action)
    {
        _actions[frame] = action;
        return this;
    }

    public void OnFrame(ShownFrame frame)
    {
        Frames.Add(frame);
        if (_actions.TryGetValue(Frames.Count - 1, out var action))
        {
            action();
        }
    }
}
