// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;

namespace VateSharp.Inference.Tests.Models;

/// <summary>Loads each catalogue detector once per test run, through <see cref="AssetStore.Default"/> (the mirror in CI).</summary>
internal static class DetectorCache
{
    private static readonly Dictionary<string, IObjectDetector> Detectors = [];
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<IObjectDetector> GetAsync(string name)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Detectors.TryGetValue(name, out var detector))
            {
                detector = await LoadAsync(name);
                Detectors[name] = detector;
            }

            return detector;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<string> SampleImageAsync(string file)
    {
        var folder = await AssetStore.Default.GetDataFolderAsync("sample-images");
        return Path.Combine(folder, file);
    }

    private static Task<IObjectDetector> LoadAsync(string name)
    {
        var options = new DetectorOptions
        {
            IntraOpThreads = 1,
            Postprocess = new PostprocessOptions { ScoreThreshold = 0.25f, NmsThreshold = 0.45f, MaxDetections = 100 },
        };
        return DetectorFactory.CreateAsync(name, options, AssetStore.Default);
    }
}
