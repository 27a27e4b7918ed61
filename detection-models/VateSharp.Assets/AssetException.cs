// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Errors;

namespace VateSharp.Assets;

/// <summary>An asset could not be found, fetched or verified. The message says which file and what to do.</summary>
public sealed class AssetException : VateException
{
    /// <summary>Initializes a new instance of the <see cref="AssetException"/> class.</summary>
    public AssetException()
        : base("An asset could not be fetched.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AssetException"/> class with a one-sentence message.</summary>
    public AssetException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AssetException"/> class that wraps a cause.</summary>
    public AssetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
