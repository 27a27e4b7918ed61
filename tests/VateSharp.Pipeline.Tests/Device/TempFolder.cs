// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Tests.Device;

/// <summary>A new folder under the system's temporary folder, deleted with everything in it at disposal.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"vate-device-{Guid.NewGuid():N}");

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
