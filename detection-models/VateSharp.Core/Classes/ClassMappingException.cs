// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Errors;

namespace VateSharp.Core.Classes;

/// <summary>Thrown when a user class-mapping file cannot be read or names a class that does not exist.</summary>
public sealed class ClassMappingException : VateException
{
    /// <summary>Initializes a new instance of the <see cref="ClassMappingException"/> class.</summary>
    public ClassMappingException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClassMappingException"/> class with a message.</summary>
    /// <param name="message">One sentence saying what is wrong.</param>
    public ClassMappingException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClassMappingException"/> class with a cause.</summary>
    /// <param name="message">One sentence saying what is wrong.</param>
    /// <param name="innerException">The parser or I/O failure behind it.</param>
    public ClassMappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
