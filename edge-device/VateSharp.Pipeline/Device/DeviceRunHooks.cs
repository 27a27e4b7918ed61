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
}
