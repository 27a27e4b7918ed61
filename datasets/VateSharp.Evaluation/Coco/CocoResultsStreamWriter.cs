// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;

namespace VateSharp.Evaluation.Coco;

/// <summary>
/// Writes a COCO results array one detection at a time, for runs too long to hold every box in memory (a camera
/// left running). The array grows in a hidden temporary file beside the destination's folder and takes its name
/// only in <see cref="Commit"/>; disposing without committing deletes it, so an aborted run leaves nothing behind.
/// The bytes equal what <see cref="CocoJsonWriter.WriteResults(IEnumerable{CocoDetection}, string)"/> writes for
/// the same detections.
/// </summary>
public sealed class CocoResultsStreamWriter : IDisposable
{
    private const int FlushThreshold = 64 * 1024;
    private readonly string _path;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _writer;
    private bool _closed;
    private bool _committed;

    /// <summary>Initializes a new instance of the <see cref="CocoResultsStreamWriter"/> class.</summary>
    /// <param name="path">The results file to create or replace on <see cref="Commit"/>.</param>
    public CocoResultsStreamWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        _path = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(_path)!;

        // The destination's folder may not exist until the run publishes its outputs; its parent holds the
        // temporary file meanwhile, on the same file system so that the final move is a rename.
        var parent = Path.GetDirectoryName(folder) ?? folder;
        Directory.CreateDirectory(parent);
        _temporary = Path.Combine(parent, $".{Path.GetFileName(folder)}.{Path.GetFileName(_path)}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = new Utf8JsonWriter(_stream, CocoJsonWriter.WriterOptions);
        _writer.WriteStartArray();
    }

    /// <summary>Gets how many detections were written.</summary>
    public long Count { get; private set; }

    /// <summary>Appends one detection.</summary>
    /// <param name="detection">The detection.</param>
    public void Add(CocoDetection detection)
    {
        ObjectDisposedException.ThrowIf(_closed, this);

        CocoJsonWriter.WriteDetection(_writer, detection);
        Count++;
        if (_writer.BytesPending >= FlushThreshold)
        {
            _writer.Flush();
        }
    }

    /// <summary>Closes the array and gives the file its name (creating its folder), replacing any older file.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_closed, this);

        _writer.WriteEndArray();
        _writer.Flush();
        _stream.Flush(flushToDisk: true);
        Close();
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Close();
        if (!_committed && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }

    private void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        _writer.Dispose();
        _stream.Dispose();
    }
}
