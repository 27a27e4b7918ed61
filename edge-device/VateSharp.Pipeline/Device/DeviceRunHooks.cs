// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;

namespace VateSharp.Pipeline.Device;

/// <summary>Optional ways to watch or feed a run from outside (the program's progress bar, tests).</summary>
public sealed record DeviceRunHooks
{
    /// <summary>Gets no hooks.</summary>
    public static DeviceRunHooks None { get; } = new();

    /// <summary>Gets sinks that see every shown frame, after the run's own.</summary>
    public IReadOnlyList<IShownFrameSink> Sinks { get; init; } = [];

    /// <summary>Gets a receiver of progress after every frame (on the loop thread: keep it quick).</summary>
    public IProgress<DeviceProgress>? Progress { get; init; }

    /// <summary>Gets where models come from; <see langword="null"/> uses <see cref="AssetStore.Default"/>.</summary>
    public AssetStore? Assets { get; init; }

    /// <summary>
    /// Gets a token that ends the run early but completely: the input is treated as ended, the frames in hand are
    /// finished and every output is written (a camera has no other end). The run's own cancellation token still
    /// aborts without output. Default none.
    /// </summary>
    public CancellationToken Stop { get; init; }
}
