// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics.CodeAnalysis;

namespace VateSharp.Assets;

/// <summary>Looks up the built-in data sets of <see cref="AssetCatalogue.Default"/> by name.</summary>
public static class DataSetCatalogue
{
    /// <summary>Gets every built-in data set.</summary>
    public static IReadOnlyList<DataSetEntry> All => AssetCatalogue.Default.DataSets;

    /// <summary>Gets the names of every built-in data set, in catalogue order.</summary>
    public static IReadOnlyList<string> Names => [.. All.Select(d => d.Name)];

    /// <summary>Returns the data set with the given catalogue name (case-insensitive).</summary>
    /// <exception cref="AssetException">No data set has that name.</exception>
    public static DataSetEntry Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        return TryGet(name, out var dataSet)
            ? dataSet
            : throw new AssetException($"There is no catalogue data set named '{name}'; expected one of {string.Join(", ", Names)}.");
    }

    /// <summary>Finds the data set with the given catalogue name (case-insensitive).</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out DataSetEntry? dataSet)
    {
        dataSet = null;
        return !string.IsNullOrWhiteSpace(name) && AssetCatalogue.Default.TryGetDataSet(name, out dataSet);
    }
}
