// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using CommandLine;
using Microsoft.Extensions.Logging;

namespace VateSharp.Cli;

/// <summary>Base of every verb's options: the shared <c>--log-level</c> option and a validation step.</summary>
public abstract class VerbOptions
{
    /// <summary>Gets or sets the minimum level of log messages written to stderr.</summary>
    [Option("log-level", Default = LogLevel.Information,
        HelpText = "Log verbosity on stderr: Trace, Debug, Information, Warning, Error, Critical or None. Default Information.")]
    public LogLevel LogLevel { get; set; } = LogLevel.Information;

    /// <summary>
    /// Checks the options before the verb runs. Each returned string is one sentence describing a problem
    /// (expected versus actual); any problem ends the program with exit code 2.
    /// </summary>
    public virtual IEnumerable<string> Validate() => [];
}
