// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using NetMQ;

namespace VateSharp.Transport.Server;

/// <summary>Where a reply goes: the ROUTER identity of the connection, and whether the peer is REQ-style.</summary>
/// <param name="Identity">The routing identity frame.</param>
/// <param name="Key">The identity as text, for dictionaries and logs.</param>
/// <param name="HasDelimiter">Whether the peer put an empty delimiter frame before the header (REQ sockets do).</param>
internal sealed record ClientRoute(byte[] Identity, string Key, bool HasDelimiter)
{
    /// <summary>Puts the routing envelope in front of a message.</summary>
    public NetMQMessage Wrap(NetMQMessage message)
    {
        if (HasDelimiter)
        {
            message.PushEmptyFrame();
        }

        message.Push(Identity);
        return message;
    }
}
