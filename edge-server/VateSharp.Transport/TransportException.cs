// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Errors;

namespace VateSharp.Transport;

/// <summary>An expected transport failure (an endpoint that cannot be bound, a bad key file) with a user-facing message.</summary>
public sealed class TransportException : VateException
{
    /// <summary>Initializes a new instance of the <see cref="TransportException"/> class.</summary>
    public TransportException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TransportException"/> class.</summary>
    public TransportException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TransportException"/> class.</summary>
    public TransportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
