// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using VateSharp.Core.Detections;

namespace VateSharp.Core.Classes;

/// <summary>
/// Maps a detector's classes (COCO's 80 for the catalogue models) to a ground truth's categories by name.
/// A user mapping wins; otherwise equal names match after <see cref="ClassSynonyms.Normalize"/>, and then the
/// synonyms of <see cref="ClassSynonyms"/> (<c>airplane</c> to <c>aeroplane</c>, <c>person</c> to
/// <c>pedestrian</c>, ...). Classes without a match are dropped; <see cref="DroppedDetections"/> counts them.
/// </summary>
public sealed class ClassMapper
{
    private readonly int[] _targetBySource;
    private long _dropped;

    private ClassMapper(IReadOnlyList<string> sourceNames, IReadOnlyList<string> targetNames, int[] targetBySource)
    {
        SourceNames = sourceNames;
        TargetNames = targetNames;
        _targetBySource = targetBySource;
    }

    /// <summary>Gets the detector's class names, index = detector class id.</summary>
    public IReadOnlyList<string> SourceNames { get; }

    /// <summary>Gets the ground truth's category names, index = target index.</summary>
    public IReadOnlyList<string> TargetNames { get; }

    /// <summary>Gets the detector classes that map to no category (their detections are dropped).</summary>
    public IReadOnlyList<string> UnmappedSourceNames =>
        [.. SourceNames.Where((_, i) => _targetBySource[i] < 0)];

    /// <summary>Gets how many detections <see cref="TryMapDetection"/> and <see cref="MapDetections"/> dropped.</summary>
    public long DroppedDetections => Interlocked.Read(ref _dropped);

    /// <summary>Builds the mapping.</summary>
    /// <param name="sourceNames">The detector's class names, for example <see cref="CocoClasses.Names"/>.</param>
    /// <param name="targetNames">The ground truth's category names.</param>
    /// <param name="userMapping">
    /// Optional overrides, detector name to category name; a <see langword="null"/> or empty value drops the class.
    /// </param>
    /// <returns>The mapper.</returns>
    /// <exception cref="ClassMappingException">The user mapping names a category the ground truth lacks.</exception>
    public static ClassMapper Create(
        IReadOnlyList<string> sourceNames,
        IReadOnlyList<string> targetNames,
        IReadOnlyDictionary<string, string?>? userMapping = null)
    {
        ArgumentNullException.ThrowIfNull(sourceNames);
        ArgumentNullException.ThrowIfNull(targetNames);

        var targetIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < targetNames.Count; i++)
        {
            targetIndex.TryAdd(ClassSynonyms.Normalize(targetNames[i]), i);
        }

        var user = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (from, to) in userMapping ?? new Dictionary<string, string?>())
        {
            if (!string.IsNullOrEmpty(to) && !targetIndex.ContainsKey(ClassSynonyms.Normalize(to)))
            {
                throw new ClassMappingException(
                    $"The class mapping sends '{from}' to '{to}', which is not a category of the ground truth " +
                    $"(it has {string.Join(", ", targetNames.Take(12))}{(targetNames.Count > 12 ? ", ..." : "")}).");
            }

            user[ClassSynonyms.Normalize(from)] = to;
        }

        var map = new int[sourceNames.Count];
        for (var i = 0; i < sourceNames.Count; i++)
        {
            map[i] = Resolve(sourceNames[i], targetIndex, user);
        }

        return new ClassMapper(sourceNames, targetNames, map);
    }

    /// <summary>
    /// Reads a user mapping: a JSON object from detector class name to category name, for example
    /// <c>{"person": "pedestrian", "train": null}</c> (null drops the class).
    /// </summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ClassMappingException">The file is missing or is not such an object.</exception>
    public static IReadOnlyDictionary<string, string?> ReadUserMapping(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        if (!File.Exists(path))
        {
            throw new ClassMappingException($"The class-mapping file '{path}' does not exist; check the path.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ClassMappingException(
                    $"The class-mapping file '{path}' must hold one JSON object from detector class to category " +
                    "name, for example {\"person\": \"pedestrian\"}.");
            }

            var mapping = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                mapping[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => throw new ClassMappingException(
                        $"The class-mapping file '{path}' maps '{property.Name}' to {property.Value.GetRawText()}; " +
                        "values must be category names or null."),
                };
            }

            return mapping;
        }
        catch (JsonException ex)
        {
            throw new ClassMappingException($"The class-mapping file '{path}' is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Looks up the category of a detector class without counting anything.</summary>
    /// <param name="sourceIndex">The detector class id.</param>
    /// <param name="targetIndex">The category index when mapped.</param>
    /// <returns><see langword="true"/> when the class maps to a category.</returns>
    public bool TryMap(int sourceIndex, out int targetIndex)
    {
        targetIndex = (uint)sourceIndex < (uint)_targetBySource.Length ? _targetBySource[sourceIndex] : -1;
        return targetIndex >= 0;
    }

    /// <summary>Looks up the category of a detector class by name (normalized, user mapping and synonyms applied).</summary>
    /// <param name="sourceName">The detector class name.</param>
    /// <param name="targetIndex">The category index when mapped.</param>
    /// <returns><see langword="true"/> when the class maps to a category.</returns>
    public bool TryMap(string sourceName, out int targetIndex)
    {
        ArgumentNullException.ThrowIfNull(sourceName);

        var key = ClassSynonyms.Normalize(sourceName);
        for (var i = 0; i < SourceNames.Count; i++)
        {
            if (ClassSynonyms.Normalize(SourceNames[i]) == key)
            {
                return TryMap(i, out targetIndex);
            }
        }

        targetIndex = -1;
        return false;
    }

    /// <summary>Maps one detection's class, counting it in <see cref="DroppedDetections"/> when it has no category.</summary>
    /// <param name="detection">A detection with a detector class id.</param>
    /// <param name="mapped">The detection with <c>ClassId</c> = category index and <c>Label</c> = category name.</param>
    /// <returns><see langword="false"/> when the detection was dropped.</returns>
    public bool TryMapDetection(Detection detection, out Detection mapped)
    {
        if (!TryMap(detection.ClassId, out var target))
        {
            Interlocked.Increment(ref _dropped);
            mapped = default;
            return false;
        }

        mapped = detection with { ClassId = target, Label = TargetNames[target] };
        return true;
    }

    /// <summary>Maps a list of detections, dropping (and counting) those whose class has no category.</summary>
    /// <param name="detections">Detections with detector class ids.</param>
    /// <returns>The mapped detections, in input order.</returns>
    public IReadOnlyList<Detection> MapDetections(IReadOnlyList<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(detections);

        var result = new List<Detection>(detections.Count);
        foreach (var detection in detections)
        {
            if (TryMapDetection(detection, out var mapped))
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    private static int Resolve(string source, Dictionary<string, int> targetIndex, Dictionary<string, string?> user)
    {
        var key = ClassSynonyms.Normalize(source);
        if (user.TryGetValue(key, out var forced))
        {
            return string.IsNullOrEmpty(forced) ? -1 : targetIndex[ClassSynonyms.Normalize(forced)];
        }

        if (targetIndex.TryGetValue(key, out var exact))
        {
            return exact;
        }

        foreach (var synonym in ClassSynonyms.Of(source))
        {
            if (targetIndex.TryGetValue(ClassSynonyms.Normalize(synonym), out var index))
            {
                return index;
            }
        }

        return -1;
    }
}
