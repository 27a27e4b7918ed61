// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using System.Text.Json.Serialization;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// A sweep grid as a small JSON file (<c>--grid grid.json</c>). Every property is optional and named like the flag it
/// stands for; a flag given on the command line wins over the file. "default" in a policy or model list means the
/// program's default. Example:
/// <code>
/// { "detectionRates": [1, 5, 10], "modes": ["sync", "async"], "policies": ["default", "confidence"],
///   "jpegQualities": [90, 70], "realtime": ["off"], "repeats": 3, "warmup": 1, "maxFrames": 200 }
/// </code>
/// </summary>
public sealed record GridFile
{
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Detection rates.</summary>
    public IReadOnlyList<int>? DetectionRates { get; init; }

    /// <summary>Modes (sync, async).</summary>
    public IReadOnlyList<string>? Modes { get; init; }

    /// <summary>Tier sets, each comma-separated.</summary>
    public IReadOnlyList<string>? Tiers { get; init; }

    /// <summary>Fusion methods (ours, vate).</summary>
    public IReadOnlyList<string>? Fusions { get; init; }

    /// <summary>Cloud (offload) policies.</summary>
    public IReadOnlyList<string>? Policies { get; init; }

    /// <summary>Edge-server policies.</summary>
    public IReadOnlyList<string>? ServerPolicies { get; init; }

    /// <summary>Edge-server models.</summary>
    public IReadOnlyList<string>? ServerModels { get; init; }

    /// <summary>Cloud model lists, each comma-separated.</summary>
    public IReadOnlyList<string>? CloudModels { get; init; }

    /// <summary>JPEG qualities.</summary>
    public IReadOnlyList<int>? JpegQualities { get; init; }

    /// <summary>Realtime settings: "off", "on".</summary>
    public IReadOnlyList<string>? Realtime { get; init; }

    /// <summary>Measured runs per configuration.</summary>
    public int? Repeats { get; init; }

    /// <summary>Warm-up runs per configuration.</summary>
    public int? Warmup { get; init; }

    /// <summary>Frames per run.</summary>
    public int? MaxFrames { get; init; }

    /// <summary>Whether baselines run (true by default).</summary>
    public bool? Baselines { get; init; }

    /// <summary>Reads a grid file.</summary>
    /// <exception cref="UserFacingException">The file is missing or not a grid.</exception>
    public static GridFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new UserFacingException($"The grid file '{path}' does not exist.", ExitCodes.Usage);
        }

        try
        {
            return JsonSerializer.Deserialize<GridFile>(File.ReadAllText(path), ReadOptions)
                ?? throw new UserFacingException($"The grid file '{path}' holds null; expected a JSON object.", ExitCodes.Usage);
        }
        catch (JsonException e)
        {
            throw new UserFacingException(
                $"The grid file '{path}' is not a grid: {e.Message.TrimEnd('.')}; see 'benchmark sweep --help' for its keys.", e);
        }
    }
}
