// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using OpenCvSharp;

namespace VateSharp.Datasets.Tests;

/// <summary>A temporary folder deleted with the test, with helpers to write small generated images into it.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vate-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a JPEG of the given size whose pixels encode <paramref name="shade"/>.</summary>
    public string WriteJpeg(string relative, int width = 64, int height = 48, int shade = 128)
    {
        var file = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        using var image = new Mat(height, width, MatType.CV_8UC3, new Scalar(shade, shade, shade));
        Cv2.ImWrite(file, image);
        return file;
    }

    public string WriteText(string relative, string text)
    {
        var file = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
