// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Reporting;

/// <summary>A report could not be written; the message says what and where, the inner exception why.</summary>
public sealed class ReportException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public ReportException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ReportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public ReportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
