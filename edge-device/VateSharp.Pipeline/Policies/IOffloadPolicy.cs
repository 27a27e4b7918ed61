// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Policies;

/// <summary>
/// Decides, frame by frame, whether a tier gets the frame and at what JPEG quality and size. One instance per
/// tier; policies may keep state, so call <see cref="Reset"/> when a new sequence starts.
/// </summary>
public interface IOffloadPolicy
{
    /// <summary>Gets the registry name (see <see cref="OffloadPolicyNames"/>).</summary>
    string Name { get; }

    /// <summary>Decides for one frame.</summary>
    OffloadDecision Decide(in OffloadContext context);

    /// <summary>Learns from the frame the decision produced (only the bandwidth policy uses it).</summary>
    void Observe(in EncodedFrame encoded)
    {
    }

    /// <summary>Forgets per-sequence state.</summary>
    void Reset()
    {
    }
}
