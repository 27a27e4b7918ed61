// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text.Json;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// The layout of a sweep folder and the rule for a finished run. A sweep folder holds sweep.json (the plan),
/// environment.json (where it ran), runs/&lt;config-id&gt;/configuration.json and runs/&lt;config-id&gt;/&lt;repeat&gt;/ with
/// the edge-device program's run.json, metrics.json and scores.json, and loops/ with the frame-loop measurements.
/// A run counts as finished when its folder holds all its output files (three, or two for decode only) and each
/// is a JSON object.
/// </summary>
public static class RunFolder
{
    /// <summary>The files a finished run holds (a decode-only run has no scores.json).</summary>
    public static IReadOnlyList<string> OutputFiles { get; } = ["run.json", "metrics.json", "scores.json"];

    /// <summary>Name of the plan file in a sweep folder.</summary>
    public static string PlanFileName => "sweep.json";

    /// <summary>Name of the environment file in a sweep folder.</summary>
    public static string EnvironmentFileName => "environment.json";

    /// <summary>Name of the file describing a configuration, inside its folder under runs/.</summary>
    public static string ConfigurationFileName => "configuration.json";

    /// <summary>The folder of every configuration's runs.</summary>
    public static string RunsRoot(string sweepDirectory) => Path.Combine(sweepDirectory, "runs");

    /// <summary>The folder of one configuration.</summary>
    public static string ConfigurationDirectory(string sweepDirectory, string id) => Path.Combine(RunsRoot(sweepDirectory), id);

    /// <summary>The folder of one repeat (1-based) of one configuration.</summary>
    public static string RepeatDirectory(string sweepDirectory, string id, int repeat) =>
        Path.Combine(ConfigurationDirectory(sweepDirectory, id), repeat.ToString(CultureInfo.InvariantCulture));

    /// <summary>The folder of the frame-loop measurements (our loop, the peer, decode only).</summary>
    public static string LoopsRoot(string sweepDirectory) => Path.Combine(sweepDirectory, "loops");

    /// <summary>A fresh hidden temporary folder name beside <paramref name="finalDirectory"/>.</summary>
    public static string TemporaryFor(string finalDirectory) => Path.Combine(
        Path.GetDirectoryName(finalDirectory)!, $".{Path.GetFileName(finalDirectory)}.tmp-{Guid.NewGuid():N}");

    /// <summary>Whether a temporary folder name came from <see cref="TemporaryFor"/>.</summary>
    public static bool IsTemporary(string directory) =>
        Path.GetFileName(directory).StartsWith('.') && Path.GetFileName(directory).Contains(".tmp-", StringComparison.Ordinal);

    /// <summary>Whether the folder holds a finished run: each of <paramref name="files"/> (by default
    /// <see cref="OutputFiles"/>) is there and is a JSON object.</summary>
    public static bool IsComplete(string directory, IReadOnlyList<string>? files = null) =>
        Directory.Exists(directory) && (files ?? OutputFiles).All(name => IsJsonObject(Path.Combine(directory, name)));

    /// <summary>The repeat numbers of the finished runs in a configuration folder, ascending.</summary>
    public static IReadOnlyList<int> CompletedRepeats(string configurationDirectory, IReadOnlyList<string>? files = null)
    {
        if (!Directory.Exists(configurationDirectory))
        {
            return [];
        }

        return
        [
            .. Directory.EnumerateDirectories(configurationDirectory)
                .Select(d => (Directory: d, Ok: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var n), Number: n))
                .Where(d => d.Ok && d.Number > 0 && IsComplete(d.Directory, files))
                .Select(d => d.Number)
                .Order(),
        ];
    }

    private static bool IsJsonObject(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
