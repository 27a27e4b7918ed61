// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>Outcome of a detection request. The first four travel on the wire; the last two are client-side.</summary>
public enum DetectionStatus
{
    /// <summary>The boxes are valid (possibly none).</summary>
    Ok,

    /// <summary>The server received the frame after its deadline could still be met and did not run it.</summary>
    Late,

    /// <summary>The server refused the frame: its queue for this client overflowed, it is stopping, or the model differs.</summary>
    Rejected,

    /// <summary>The request was malformed or inference failed; the reason says which.</summary>
    Error,

    /// <summary>No reply arrived within the request's timeout (client-side status).</summary>
    Timeout,

    /// <summary>No live server could take the request (client-side status).</summary>
    Unavailable,
}
