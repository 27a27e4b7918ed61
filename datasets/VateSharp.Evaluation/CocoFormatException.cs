// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Errors;

namespace VateSharp.Evaluation;

/// <summary>
/// Thrown when a file is not the COCO JSON it should be, or when detections do not belong to the ground truth
/// they are scored against. The message is one sentence naming the file and what was expected.
/// </summary>
public sealed class CocoFormatException : VateException
{
    /// <summary>Initializes a new instance of the <see cref="CocoFormatException"/> class.</summary>
    public CocoFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CocoFormatException"/> class with a message.</summary>
    /// <param name="message">One sentence saying what is wrong and what was expected.</param>
    public CocoFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CocoFormatException"/> class with a cause.</summary>
    /// <param name="message">One sentence saying what is wrong and what was expected.</param>
    /// <param name="innerException">The parser or I/O failure behind it.</param>
    public CocoFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
