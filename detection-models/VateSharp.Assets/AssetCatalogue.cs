// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VateSharp.Assets;

/// <summary>
/// Every file, model and data set the project knows, with checksums. <see cref="Default"/> is the catalogue embedded
/// in this assembly (catalogue.json); tests may build their own.
/// </summary>
public sealed class AssetCatalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<AssetCatalogue> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, AssetFile> _files;
    private readonly Dictionary<string, ModelEntry> _models;
    private readonly Dictionary<string, DataSetEntry> _dataSets;
    private readonly List<AssetFile> _fileList;
    private readonly List<ModelEntry> _modelList;
    private readonly List<DataSetEntry> _dataSetList;

    /// <summary>Initializes a new instance of the <see cref="AssetCatalogue"/> class.</summary>
    /// <param name="files">The files; paths must be unique.</param>
    /// <param name="models">The models; their files must be among <paramref name="files"/>.</param>
    /// <param name="dataSets">The data sets; their files must be among <paramref name="files"/>.</param>
    public AssetCatalogue(
        IEnumerable<AssetFile> files, IEnumerable<ModelEntry>? models = null, IEnumerable<DataSetEntry>? dataSets = null)
    {
        ArgumentNullException.ThrowIfNull(files);

        _fileList = [.. files];
        _modelList = [.. models ?? []];
        _dataSetList = [.. dataSets ?? []];
        _files = _fileList.ToDictionary(f => f.Path, StringComparer.Ordinal);
        _models = _modelList.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        _dataSets = _dataSetList.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

        var dangling = _models.Values.SelectMany(m => m.Files).Concat(_dataSets.Values.SelectMany(d => d.Files))
            .FirstOrDefault(p => !_files.ContainsKey(p));
        if (dangling is not null)
        {
            throw new ArgumentException($"The catalogue names '{dangling}' in a model or data set but has no file entry for it.", nameof(files));
        }
    }

    /// <summary>Gets the catalogue embedded in VateSharp.Assets.</summary>
    public static AssetCatalogue Default => Embedded.Value;

    /// <summary>Gets every file.</summary>
    public IReadOnlyList<AssetFile> Files => _fileList;

    /// <summary>Gets every model, in catalogue order.</summary>
    public IReadOnlyList<ModelEntry> Models => _modelList;

    /// <summary>Gets every data set, in catalogue order.</summary>
    public IReadOnlyList<DataSetEntry> DataSets => _dataSetList;

    /// <summary>Reads a catalogue from JSON laid out like catalogue.json.</summary>
    public static AssetCatalogue Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);

        var document = JsonSerializer.Deserialize<CatalogueDocument>(json, JsonOptions)
            ?? throw new AssetException("The asset catalogue is empty; rebuild VateSharp.Assets from a clean checkout.");
        return new AssetCatalogue(document.Files, document.Models, document.DataSets);
    }

    /// <summary>Finds a file by its path relative to the asset root.</summary>
    public bool TryGetFile(string relativePath, [NotNullWhen(true)] out AssetFile? file) =>
        _files.TryGetValue(NormalisePath(relativePath), out file);

    /// <summary>Finds a model by catalogue name (case-insensitive).</summary>
    public bool TryGetModel(string name, [NotNullWhen(true)] out ModelEntry? model) => _models.TryGetValue(name, out model);

    /// <summary>Finds a data set by catalogue name (case-insensitive).</summary>
    public bool TryGetDataSet(string name, [NotNullWhen(true)] out DataSetEntry? dataSet) =>
        _dataSets.TryGetValue(name, out dataSet);

    internal static string NormalisePath(string relativePath) => relativePath.Replace('\\', '/').TrimStart('/');

    private static AssetCatalogue LoadEmbedded()
    {
        using var stream = typeof(AssetCatalogue).Assembly.GetManifestResourceStream("VateSharp.Assets.catalogue.json")
            ?? throw new AssetException("The asset catalogue resource is missing from VateSharp.Assets; rebuild it from a clean checkout.");
        return Load(stream);
    }

    private sealed record CatalogueDocument
    {
        public List<AssetFile> Files { get; init; } = [];

        public List<ModelEntry> Models { get; init; } = [];

        public List<DataSetEntry> DataSets { get; init; } = [];
    }
}
