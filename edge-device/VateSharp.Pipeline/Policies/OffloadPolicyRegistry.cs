// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics.CodeAnalysis;

namespace VateSharp.Pipeline.Policies;

/// <summary>Policies by name: the four built-ins, plus any a caller registers.</summary>
public sealed class OffloadPolicyRegistry
{
    private readonly Dictionary<string, Func<OffloadPolicyOptions, IOffloadPolicy>> _factories =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a registry holding the built-in policies.</summary>
    public OffloadPolicyRegistry()
    {
        Register(OffloadPolicyNames.EveryN, o => new EveryNthFramePolicy(o));
        Register(OffloadPolicyNames.Async, o => new WhenFreePolicy(o));
        Register(OffloadPolicyNames.Confidence, o => new HardExamplePolicy(o));
        Register(OffloadPolicyNames.Bandwidth, o => new BandwidthPolicy(o));
    }

    /// <summary>Gets a shared registry of the built-in policies.</summary>
    public static OffloadPolicyRegistry Default { get; } = new();

    /// <summary>Gets the registered names.</summary>
    public IReadOnlyList<string> Names => [.. _factories.Keys];

    /// <summary>Adds or replaces a policy factory.</summary>
    public void Register(string name, Func<OffloadPolicyOptions, IOffloadPolicy> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        _factories[name.Trim()] = factory;
    }

    /// <summary>Creates the policy called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No policy has that name.</exception>
    public IOffloadPolicy Create(string name, OffloadPolicyOptions? options = null) =>
        TryCreate(name, options, out var policy)
            ? policy
            : throw new ArgumentException(
                $"Unknown offload policy '{name}'; use one of: {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Creates the policy called <paramref name="name"/>, or returns <see langword="false"/> for an unknown name.</summary>
    public bool TryCreate(string? name, OffloadPolicyOptions? options, [NotNullWhen(true)] out IOffloadPolicy? policy)
    {
        policy = null;
        if (name is null || !_factories.TryGetValue(name.Trim(), out var factory))
        {
            return false;
        }

        policy = factory(options ?? OffloadPolicyOptions.Default);
        return true;
    }
}
