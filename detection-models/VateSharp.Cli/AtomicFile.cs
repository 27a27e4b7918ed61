// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text;

namespace VateSharp.Cli;

/// <summary>
/// Writes files so that a reader never sees a half-written one: content goes to a temporary file in the same
/// folder, which is renamed over the target only after it was written completely; on failure it is deleted.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes text (UTF-8, no byte-order mark) atomically, creating the folder if needed.</summary>
    public static Task WriteAllTextAsync(string path, string content, CancellationToken ct = default) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(new UTF8Encoding(false).GetBytes(content), token).AsTask(), ct);

    /// <summary>Writes through a stream atomically, creating the folder if needed.</summary>
    /// <param name="path">The final file.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="ct">Cancels the write; the target is left untouched.</param>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);

        await WriteViaTempPathAsync(path, async temp =>
        {
            await using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await write(stream, ct).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Lets a writer that wants a file name (for example an image encoder) write to a temporary path that keeps the
    /// target's extension, then renames it over <paramref name="path"/>.
    /// </summary>
    public static void WriteViaTempPath(string path, Action<string> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);

        var (full, temp) = TempPathFor(path);
        try
        {
            write(temp);
            Commit(full, temp);
        }
        finally
        {
            DeleteIfPresent(temp);
        }
    }

    /// <summary>Asynchronous form of <see cref="WriteViaTempPath"/>.</summary>
    public static async Task WriteViaTempPathAsync(string path, Func<string, Task> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);

        var (full, temp) = TempPathFor(path);
        try
        {
            await write(temp).ConfigureAwait(false);
            Commit(full, temp);
        }
        finally
        {
            DeleteIfPresent(temp);
        }
    }

    private static (string Full, string Temp) TempPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        return (full, Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.tmp{Path.GetExtension(full)}"));
    }

    private static void Commit(string full, string temp)
    {
        if (!File.Exists(temp))
        {
            throw new IOException($"Nothing was written for {full}.");
        }

        File.Move(temp, full, overwrite: true);
    }

    private static void DeleteIfPresent(string temp)
    {
        if (File.Exists(temp))
        {
            File.Delete(temp);
        }
    }
}
