// Copyright (c) VateSharp developers. Licensed under the MIT licence.

namespace VateSharp.Pipeline.Health;

/// <summary>When <see cref="TierHealth"/> calls a tier slow or down, and when healthy again.</summary>
public sealed class TierHealthOptions
{
    /// <summary>Gets the defaults.</summary>
    public static TierHealthOptions Default { get; } = new();

    /// <summary>Gets the round trip above which a reply counts as slow. Default 500 ms.</summary>
    public TimeSpan SlowAfter { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets how many slow replies in a row make the tier slow. Default 3 (one hiccup is not a trend).</summary>
    public int SlowRepliesToDegrade { get; init; } = 3;

    /// <summary>Gets how many failures in a row make the tier down. Default 1.</summary>
    public int FailuresToGoDown { get; init; } = 1;

    /// <summary>Gets how many timely replies in a row make a slow or down tier healthy again. Default 2.</summary>
    public int GoodRepliesToRecover { get; init; } = 2;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (SlowAfter <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(SlowAfter), SlowAfter, $"{nameof(SlowAfter)} must be positive, but it is {SlowAfter}.");
        }

        Require(SlowRepliesToDegrade, nameof(SlowRepliesToDegrade));
        Require(FailuresToGoDown, nameof(FailuresToGoDown));
        Require(GoodRepliesToRecover, nameof(GoodRepliesToRecover));
    }

    private static void Require(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1, but it is {value}.");
        }
    }
}
