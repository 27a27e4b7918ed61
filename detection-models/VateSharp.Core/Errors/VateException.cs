// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Core.Errors;

/// <summary>
/// Base of every expected failure in VateSharp. Its message is one sentence meant for the user: what went wrong
/// and what to do about it. Programs print it without a stack trace and exit with a non-zero code.
/// </summary>
public class VateException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="VateException"/> class.</summary>
    public VateException()
        : base("VateSharp stopped because of an expected failure.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="VateException"/> class with a one-sentence message.</summary>
    public VateException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="VateException"/> class that wraps a cause.</summary>
    public VateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
