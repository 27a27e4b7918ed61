// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Detections;
using VateSharp.Core.Geometry;

namespace VateSharp.Tracking;

/// <summary>
/// One object the device follows: a stable id, its box on the current frame (original-image pixels), its class
/// and score, and where those came from.
/// </summary>
public readonly record struct TrackedObject
{
    /// <summary>Gets the id, stable while the object is followed (ids are never reused within a sequence).</summary>
    public required int Id { get; init; }

    /// <summary>Gets the box on the current frame in pixels of the original image.</summary>
    public required BoundingBox Box { get; init; }

    /// <summary>Gets the class index (the detector's numbering).</summary>
    public required int ClassId { get; init; }

    /// <summary>Gets the class name.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the confidence in [0, 1]; it decays while the object is lost or unconfirmed.</summary>
    public required float Score { get; init; }

    /// <summary>Gets the tier whose result last set the box.</summary>
    public Tier Source { get; init; }

    /// <summary>Gets the tier whose class is shown (the most trusted tier that has confirmed the object).</summary>
    public Tier ClassSource { get; init; }

    /// <summary>Gets how many frames ago the object first appeared (0 on its first frame).</summary>
    public int Age { get; init; }

    /// <summary>Gets how many frames ago a detector result last matched the object (0 when this frame's did).</summary>
    public int FramesSinceConfirmed { get; init; }

    /// <summary>Gets a value indicating whether the tracker failed to follow the box on the latest frame.</summary>
    public bool IsLost { get; init; }

    /// <summary>Creates a new object from a detection (age 0, confirmed now).</summary>
    public static TrackedObject FromDetection(int id, Detection detection, Tier tier) => new()
    {
        Id = id,
        Box = detection.Box,
        ClassId = detection.ClassId,
        Label = detection.Label,
        Score = detection.Score,
        Source = tier,
        ClassSource = tier,
    };

    /// <summary>Returns the object as a plain detection (what is drawn and scored).</summary>
    public Detection ToDetection() => new(Box, ClassId, Label, Score);
}
