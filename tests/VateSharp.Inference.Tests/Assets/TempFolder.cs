// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference.Tests.Assets;

/// <summary>A fresh folder under the system temp directory, removed on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vate-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Gets every file below the folder except verification stamps, relative to it.</summary>
    public IReadOnlyList<string> DataFiles() =>
    [
        .. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f))
            .Where(f => !f.StartsWith(".stamps", StringComparison.Ordinal)),
    ];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
