// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting;

/// <summary>A rendered plot: its caption, the file name it has beside report.md, and its PNG bytes.</summary>
/// <param name="Title">Caption and alternative text.</param>
/// <param name="FileName">File name relative to the report folder, e.g. "map-vs-rate.png".</param>
/// <param name="Png">The PNG file's bytes, embedded in HTML as a data URI.</param>
public sealed record ReportImage(string Title, string FileName, ReadOnlyMemory<byte> Png);
