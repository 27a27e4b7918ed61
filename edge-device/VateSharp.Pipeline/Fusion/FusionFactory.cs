// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics.CodeAnalysis;

namespace VateSharp.Pipeline.Fusion;

/// <summary>Creates fusions by name (<see cref="FusionNames"/>).</summary>
public static class FusionFactory
{
    /// <summary>Gets the default fusion's name.</summary>
    public const string DefaultName = FusionNames.Tiered;

    /// <summary>Creates the fusion called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="FusionNames.All"/>.</exception>
    public static IFusion Create(string name, TieredFusionOptions? tieredOptions = null) =>
        TryCreate(name, tieredOptions, out var fusion)
            ? fusion
            : throw new ArgumentException(
                $"Unknown fusion '{name}'; use one of: {string.Join(", ", FusionNames.All)}.", nameof(name));

    /// <summary>Creates the fusion called <paramref name="name"/>, or returns <see langword="false"/> for an unknown name.</summary>
    public static bool TryCreate(string? name, TieredFusionOptions? tieredOptions, [NotNullWhen(true)] out IFusion? fusion)
    {
        fusion = name?.Trim().ToLowerInvariant() switch
        {
            FusionNames.Tiered => new TieredFusion(tieredOptions),
            FusionNames.Vate => new VateFusion(),
            _ => null,
        };
        return fusion is not null;
    }
}
