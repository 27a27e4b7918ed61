// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Transport.Protocol;

/// <summary>What a requester would like the server to do; a <see langword="null"/> field takes the server's default.</summary>
public sealed record DetectorWishes
{
    /// <summary>Gets wishes that leave everything to the server.</summary>
    public static DetectorWishes None { get; } = new();

    /// <summary>Gets the model name the requester expects; <see langword="null"/> accepts whatever the server runs.</summary>
    public string? Model { get; init; }

    /// <summary>Gets the minimum score, in [0, 1].</summary>
    public float? ScoreThreshold { get; init; }

    /// <summary>Gets the NMS IoU threshold, in (0, 1].</summary>
    public float? NmsThreshold { get; init; }

    /// <summary>Gets the maximum number of boxes, 1 to 10,000.</summary>
    public int? MaxDetections { get; init; }
}
