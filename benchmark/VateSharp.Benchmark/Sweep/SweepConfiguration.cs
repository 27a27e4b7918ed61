// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// One configuration of the edge-device program, as the sweep runs it: each property maps to one of its options,
/// and null means "leave the program's default". Build it through <see cref="Normalized"/> so that settings that
/// cannot matter (a cloud policy without a cloud tier, JPEG quality without a remote tier) do not split one
/// configuration into several ids.
/// </summary>
public sealed record SweepConfiguration
{
    /// <summary>The tiers in the order the program names them.</summary>
    public static IReadOnlyList<string> TierOrder { get; } = ["device", "server", "cloud"];

    /// <summary><c>--mode</c>: sync or async.</summary>
    public required string Mode { get; init; }

    /// <summary><c>--detection-rate</c>: every N-th frame is detected; the others are tracked.</summary>
    public required int DetectionRate { get; init; }

    /// <summary><c>--tiers</c>: a comma-separated subset of device, server, cloud, in that order.</summary>
    public required string Tiers { get; init; }

    /// <summary><c>--fusion</c>: ours or vate.</summary>
    public required string Fusion { get; init; }

    /// <summary><c>--server-policy</c>; null for the program's default.</summary>
    public string? ServerPolicy { get; init; }

    /// <summary><c>--cloud-policy</c> (the sweep's <c>--policies</c>); null for the program's default.</summary>
    public string? CloudPolicy { get; init; }

    /// <summary><c>--server-model</c>; null for the program's default.</summary>
    public string? ServerModel { get; init; }

    /// <summary><c>--cloud-models</c>, comma-separated; null for the program's default.</summary>
    public string? CloudModels { get; init; }

    /// <summary><c>--jpeg-quality</c> of frames sent to remote tiers; null for the program's default.</summary>
    public int? JpegQuality { get; init; }

    /// <summary><c>--realtime</c>: replay at the source's frame rate (on) or as fast as possible (off).</summary>
    public bool Realtime { get; init; }

    /// <summary><c>--max-frames</c>: frames played per sequence; null for every frame.</summary>
    public int? MaxFrames { get; init; }

    /// <summary><c>--decode-only</c>: only decode the frames (no detection, no tiers, no scores).</summary>
    public bool DecodeOnly { get; init; }

    /// <summary>Whether the configuration uses the edge server.</summary>
    [JsonIgnore]
    public bool HasServer => TierList.Contains("server");

    /// <summary>Whether the configuration uses the cloud.</summary>
    [JsonIgnore]
    public bool HasCloud => TierList.Contains("cloud");

    /// <summary>The files a finished run of this configuration holds: run.json and metrics.json, and scores.json
    /// unless it only decodes.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> OutputFiles => DecodeOnly ? ["run.json", "metrics.json"] : ["run.json", "metrics.json", "scores.json"];

    /// <summary>Whether only the device runs (no frame leaves it).</summary>
    [JsonIgnore]
    public bool IsDeviceOnly => !HasServer && !HasCloud;

    /// <summary>The tiers as a list, in <see cref="TierOrder"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> TierList => [.. Tiers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// The same configuration with names lower-cased, tiers in order, blank strings as null, and the settings of
    /// tiers it does not use cleared.
    /// </summary>
    public SweepConfiguration Normalized()
    {
        // Decoding alone ignores every detection setting; pinning them keeps one decode-only id per frame limit.
        if (DecodeOnly)
        {
            return new SweepConfiguration
            {
                Mode = "async",
                DetectionRate = 1,
                Tiers = "device",
                Fusion = "ours",
                MaxFrames = MaxFrames,
                DecodeOnly = true,
            };
        }

        var tiers = NormalizeTiers(Tiers);
        var hasServer = tiers.Contains("server", StringComparison.Ordinal);
        var hasCloud = tiers.Contains("cloud", StringComparison.Ordinal);
        return this with
        {
            Mode = Mode.Trim().ToLowerInvariant(),
            Tiers = tiers,
            Fusion = Fusion.Trim().ToLowerInvariant(),
            ServerPolicy = hasServer ? Clean(ServerPolicy) : null,
            CloudPolicy = hasCloud ? Clean(CloudPolicy) : null,
            ServerModel = hasServer ? Clean(ServerModel) : null,
            CloudModels = hasCloud ? Clean(CloudModels) : null,
            JpegQuality = hasServer || hasCloud ? JpegQuality : null,
        };
    }

    /// <summary>
    /// Every setting as <c>key=value</c> pairs joined by ';', in a fixed order, numbers written invariantly; the
    /// input of <see cref="ConfigurationId"/>. Unset values are empty.
    /// </summary>
    public string CanonicalText()
    {
        var text = new StringBuilder();
        Append(text, "mode", Mode);
        Append(text, "detection-rate", DetectionRate.ToString(CultureInfo.InvariantCulture));
        Append(text, "tiers", Tiers);
        Append(text, "fusion", Fusion);
        Append(text, "server-policy", ServerPolicy);
        Append(text, "cloud-policy", CloudPolicy);
        Append(text, "server-model", ServerModel);
        Append(text, "cloud-models", CloudModels);
        Append(text, "jpeg-quality", JpegQuality?.ToString(CultureInfo.InvariantCulture));
        Append(text, "realtime", Realtime ? "on" : "off");
        Append(text, "max-frames", MaxFrames?.ToString(CultureInfo.InvariantCulture));

        // Added after the first sweeps were recorded: written only when set, so that earlier ids stay valid.
        if (DecodeOnly)
        {
            Append(text, "decode-only", "on");
        }

        return text.ToString();
    }

    /// <summary>A short human description, e.g. "async, rate 5, device+server+cloud, ours, q90".</summary>
    public string Describe()
    {
        if (DecodeOnly)
        {
            return "decode only";
        }

        var parts = new List<string>
        {
            Mode,
            string.Create(CultureInfo.InvariantCulture, $"rate {DetectionRate}"),
            Tiers.Replace(',', '+'),
            Fusion,
        };
        if (ServerPolicy is not null)
        {
            parts.Add("server policy " + ServerPolicy);
        }

        if (CloudPolicy is not null)
        {
            parts.Add("cloud policy " + CloudPolicy);
        }

        if (JpegQuality is { } quality)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"q{quality}"));
        }

        if (Realtime)
        {
            parts.Add("realtime");
        }

        return string.Join(", ", parts);
    }

    private static string NormalizeTiers(string tiers)
    {
        var given = tiers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var known = TierOrder.Where(given.Contains);
        var unknown = given.Where(t => !TierOrder.Contains(t)).Order(StringComparer.Ordinal);
        return string.Join(',', known.Concat(unknown));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Append(StringBuilder text, string key, string? value) =>
        text.Append(key).Append('=').Append(value).Append(';');
}
