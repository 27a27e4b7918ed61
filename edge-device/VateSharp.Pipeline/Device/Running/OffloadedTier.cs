// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Pipeline.Policies;

namespace VateSharp.Pipeline.Device.Running;

/// <summary>A remote tier that is not the primary detector: its offload policy decides frame by frame.</summary>
internal sealed class OffloadedTier(RemoteTierChannel channel, IOffloadPolicy policy)
{
    public RemoteTierChannel Channel { get; } = channel;

    public IOffloadPolicy Policy { get; } = policy;

    /// <summary>Gets or sets the frame last sent in this sequence.</summary>
    public FrameStamp? LastSent { get; set; }

    /// <summary>Gets or sets the shown frame on which the last reply of this sequence was merged.</summary>
    public FrameStamp? LastReply { get; set; }

    public void Reset()
    {
        Policy.Reset();
        LastSent = null;
        LastReply = null;
    }
}
