// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using Microsoft.Extensions.Logging;

namespace VateSharp.Cli;

/// <summary>What a running verb gets from the program: logging and the console streams.</summary>
/// <param name="ProgramName">The program's name as users type it (for example <c>benchmark</c>).</param>
/// <param name="LoggerFactory">Creates loggers that write single-line messages to stderr.</param>
/// <param name="Out">Results and summaries (stdout).</param>
/// <param name="Error">Diagnostics (stderr).</param>
public sealed record CliContext(string ProgramName, ILoggerFactory LoggerFactory, TextWriter Out, TextWriter Error)
{
    /// <summary>Gets the graceful stop a verb may arm (see <see cref="GracefulStop"/>); unarmed by default.</summary>
    public GracefulStop Stop { get; init; } = new();
}
