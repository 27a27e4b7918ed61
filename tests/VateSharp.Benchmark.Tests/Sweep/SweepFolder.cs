// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Benchmark.Tests.Sweep;

/// <summary>A fresh sweep folder under the system temp folder, with an annotations file, deleted on dispose.</summary>
internal sealed class SweepFolder : IDisposable
{
    public SweepFolder()
    {
        Directory.CreateDirectory(Root);
        Annotations = System.IO.Path.Combine(Root, "annotations.json");
        File.WriteAllText(Annotations, "{\"images\": [], \"annotations\": [], \"categories\": []}");
    }

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vate-sweep-" + Guid.NewGuid().ToString("N"));

    public string Annotations { get; }

    public string Output => System.IO.Path.Combine(Root, "sweep");

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
