// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting;

/// <summary>A report folder that <see cref="ReportWriter"/> finished.</summary>
/// <param name="Directory">Full path of the folder.</param>
/// <param name="Files">Names of the files in it, in the order they were written.</param>
public sealed record WrittenReport(string Directory, IReadOnlyList<string> Files);
