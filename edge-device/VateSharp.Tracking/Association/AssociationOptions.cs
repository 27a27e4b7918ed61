// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using VateSharp.Core.Matching;

namespace VateSharp.Tracking.Association;

/// <summary>How <see cref="IouAssociator"/> pairs followed objects with new boxes.</summary>
public sealed class AssociationOptions
{
    /// <summary>Gets the defaults.</summary>
    public static AssociationOptions Default { get; } = new();

    /// <summary>Gets the least IoU for a pair of the same or of compatible classes. Default 0.3.</summary>
    public double MinIoU { get; init; } = 0.3;

    /// <summary>
    /// Gets the least IoU for a pair of incompatible classes (a detector that names a van "truck" still sees the
    /// same object when the boxes nearly coincide). Above 1 forbids such pairs. Default 0.6.
    /// </summary>
    public double CrossClassMinIoU { get; init; } = 0.6;

    /// <summary>
    /// Gets the factor on the IoU of a pair whose classes differ but are compatible; below 1 so that a same-class
    /// pair of equal overlap is preferred. Default 0.9.
    /// </summary>
    public double CompatibleClassWeight { get; init; } = 0.9;

    /// <summary>Gets the factor on the IoU of a pair whose classes are incompatible. Default 0.5.</summary>
    public double CrossClassWeight { get; init; } = 0.5;

    /// <summary>Gets the groups of labels that may stand for the same object. Default <see cref="ClassGroups.Default"/>.</summary>
    public ClassGroups Compatibility { get; init; } = ClassGroups.Default;

    /// <summary>Gets the pairing method. Default Hungarian (largest total weight).</summary>
    public MatchingMethod Method { get; init; } = MatchingMethod.Hungarian;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        Require(MinIoU is > 0.0 and <= 1.0, nameof(MinIoU), MinIoU, "in (0, 1]");
        Require(CrossClassMinIoU > 0.0, nameof(CrossClassMinIoU), CrossClassMinIoU, "positive");
        Require(CompatibleClassWeight is > 0.0 and <= 1.0, nameof(CompatibleClassWeight), CompatibleClassWeight, "in (0, 1]");
        Require(CrossClassWeight is > 0.0 and <= 1.0, nameof(CrossClassWeight), CrossClassWeight, "in (0, 1]");
        ArgumentNullException.ThrowIfNull(Compatibility);
    }

    private static void Require(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}, but it is {value}.");
        }
    }
}
