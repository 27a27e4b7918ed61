// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics.CodeAnalysis;

namespace VateSharp.Assets;

/// <summary>Looks up the built-in models of <see cref="AssetCatalogue.Default"/> by name.</summary>
public static class ModelCatalogue
{
    /// <summary>Gets every built-in model.</summary>
    public static IReadOnlyList<ModelEntry> All => AssetCatalogue.Default.Models;

    /// <summary>Gets the names of every built-in model, in catalogue order.</summary>
    public static IReadOnlyList<string> Names => [.. All.Select(m => m.Name)];

    /// <summary>Returns the model with the given catalogue name (case-insensitive).</summary>
    /// <exception cref="AssetException">No model has that name.</exception>
    public static ModelEntry Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        return TryGet(name, out var model)
            ? model
            : throw new AssetException(
                $"There is no catalogue model named '{name}'; expected one of {string.Join(", ", Names)}, or a path to a model file.");
    }

    /// <summary>Finds the model with the given catalogue name (case-insensitive).</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out ModelEntry? model)
    {
        model = null;
        return !string.IsNullOrWhiteSpace(name) && AssetCatalogue.Default.TryGetModel(name, out model);
    }
}
