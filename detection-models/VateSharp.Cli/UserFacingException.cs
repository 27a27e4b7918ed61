// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Errors;

namespace VateSharp.Cli;

/// <summary>
/// A failure a program reports as one sentence on stderr, exiting with <see cref="ExitCode"/>. Library failures
/// (asset, model, data) derive from <see cref="VateException"/> directly and exit with 1.
/// </summary>
public class UserFacingException : VateException
{
    /// <summary>Initializes a new instance of the <see cref="UserFacingException"/> class.</summary>
    public UserFacingException()
        : this("The command could not run.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UserFacingException"/> class with exit code 1.</summary>
    public UserFacingException(string message)
        : this(message, ExitCodes.Failure)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="UserFacingException"/> class that wraps a cause.</summary>
    public UserFacingException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Failure;
    }

    /// <summary>Initializes a new instance of the <see cref="UserFacingException"/> class with an exit code.</summary>
    /// <param name="message">One sentence: what is wrong and what to do.</param>
    /// <param name="exitCode">The process exit code; <see cref="ExitCodes.Usage"/> for bad command lines.</param>
    public UserFacingException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>Gets the process exit code the program ends with.</summary>
    public int ExitCode { get; }
}
