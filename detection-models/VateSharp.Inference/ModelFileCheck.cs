// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Inference;

/// <summary>Cheap checks that catch the usual wrong files (an empty download, an HTML error page, a Git LFS pointer).</summary>
internal static class ModelFileCheck
{
    public static void ThrowIfNotBinaryModel(string path, string kind)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DetectorLoadException($"The model file {path} does not exist; check the path or fetch the assets again.");
        }

        if (info.Length == 0)
        {
            throw new DetectorLoadException($"The model file {path} is empty; fetch it again.");
        }

        Span<byte> head = stackalloc byte[(int)Math.Min(256, info.Length)];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadExactly(head);
        }

        if (IsText(head))
        {
            var start = System.Text.Encoding.UTF8.GetString(head[..Math.Min(40, head.Length)]).Split('\n')[0].Trim();
            throw new DetectorLoadException(
                $"The model file {Path.GetFileName(path)} is text (it starts with \"{start}\"), not {kind}; fetch the real file again.");
        }
    }

    private static bool IsText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is < 0x09 or (> 0x0D and < 0x20) or 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
