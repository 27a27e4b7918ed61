// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Errors;

namespace VateSharp.Datasets;

/// <summary>
/// Thrown for bad dataset input: a glob or folder with no images, a malformed annotation line, a missing
/// sequence. The message is one sentence naming the file (and line) and what was expected.
/// </summary>
public sealed class DatasetException : VateException
{
    /// <summary>Initializes a new instance of the <see cref="DatasetException"/> class.</summary>
    public DatasetException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DatasetException"/> class with a message.</summary>
    /// <param name="message">One sentence saying what is wrong and what was expected.</param>
    public DatasetException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DatasetException"/> class with a cause.</summary>
    /// <param name="message">One sentence saying what is wrong and what was expected.</param>
    /// <param name="innerException">The failure behind it.</param>
    public DatasetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
