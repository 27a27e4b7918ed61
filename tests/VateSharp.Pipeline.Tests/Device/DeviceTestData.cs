// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Assets;
using VateSharp.Datasets.Synthesis;
using VateSharp.Evaluation.Coco;

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>
/// Two short moving sequences (2 x 20 frames at 480x270, seed 5: 100 annotated boxes over both) made once per test
/// run from the real VOC stills of the asset mirror, in VisDrone's layout with COCO annotations.
/// </summary>
internal static class DeviceTestData
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _folder;

    /// <summary>Gets the folder holding sequences/ and annotations.json.</summary>
    public static async Task<string> FolderAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _folder ??= await GenerateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<string> SequencesGlobAsync() => Path.Combine(await FolderAsync(), "sequences", "*");

    public static async Task<string> AnnotationsAsync() => Path.Combine(await FolderAsync(), "annotations.json");

    /// <summary>Copies the sequences into a new folder, for tests that change frames.</summary>
    public static async Task<string> CopyAsync(string target)
    {
        var source = await FolderAsync();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private static async Task<string> GenerateAsync()
    {
        var voc = await AssetStore.Default.GetDataFolderAsync("voc100");
        var annotations = Directory.EnumerateFiles(Path.Combine(voc, "annotations"), "*v1.json").First();
        var output = Path.Combine(Path.GetTempPath(), $"vate-device-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // The sequences serve the whole test run; they go when it ends.
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        };
        SequenceSynthesizer.Synthesize(
            CocoJsonReader.ReadDataset(annotations),
            Path.Combine(voc, "images"),
            output,
            new SynthesisOptions { Sequences = 2, FramesPerSequence = 20, Width = 480, Height = 270, Seed = 5 });
        return output;
    }
}
