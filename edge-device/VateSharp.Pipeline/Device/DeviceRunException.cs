// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Errors;

namespace VateSharp.Pipeline.Device;

/// <summary>A device run that cannot start or finish; the message is one sentence saying what to do.</summary>
public sealed class DeviceRunException : VateException
{
    /// <summary>Initializes a new instance of the <see cref="DeviceRunException"/> class.</summary>
    public DeviceRunException()
        : base("The device run failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DeviceRunException"/> class with a message.</summary>
    public DeviceRunException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DeviceRunException"/> class that wraps a cause.</summary>
    public DeviceRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
