// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>What a server says about itself in a pong.</summary>
public enum ServerState
{
    /// <summary>Accepting frames.</summary>
    Ready,

    /// <summary>Stopping: answers frames already accepted, rejects new ones.</summary>
    Draining,
}
