// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Errors;

namespace VateSharp.Inference;

/// <summary>A model could not be loaded: missing, not a model, or not the layout its family expects.</summary>
public sealed class DetectorLoadException : VateException
{
    /// <summary>Initializes a new instance of the <see cref="DetectorLoadException"/> class.</summary>
    public DetectorLoadException()
        : base("The detector could not be loaded.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DetectorLoadException"/> class with a one-sentence message.</summary>
    public DetectorLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DetectorLoadException"/> class that wraps a cause.</summary>
    public DetectorLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
