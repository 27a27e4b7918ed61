// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Security.Cryptography;
using Microsoft.ML.OnnxRuntime;
using VateSharp.Assets;
using VateSharp.Reporting;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// The environment block of a sweep, collected when it starts and kept in environment.json so that a report
/// rebuilt later (or elsewhere) names the machine the runs were measured on, not the one that rendered it.
/// </summary>
public static class SweepEnvironment
{
    /// <summary>The models named in the environment block with the sha256 of each of their files, from the asset
    /// catalogue; a name that is not a catalogue model (a user's file) gets no checksum.</summary>
    /// <param name="models">Pairs of (role, catalogue name), e.g. ("device", "fastestdet").</param>
    public static IReadOnlyList<ModelChecksum> Checksums(IEnumerable<(string Role, string Model)> models)
    {
        ArgumentNullException.ThrowIfNull(models);

        var result = new List<ModelChecksum>();
        foreach (var (role, model) in models.Distinct())
        {
            if (!ModelCatalogue.TryGet(model, out var entry))
            {
                result.Add(new ModelChecksum($"{role}: {model}", null));
                continue;
            }

            foreach (var path in entry.Files)
            {
                var sha = AssetCatalogue.Default.TryGetFile(path, out var file) ? file.Sha256 : null;
                result.Add(new ModelChecksum($"{role}: {model} ({Path.GetFileName(path)})", sha));
            }
        }

        return result;
    }

    /// <summary>Collects the machine, runtime, ONNX Runtime, dataset and sweep settings.</summary>
    /// <param name="plan">The sweep.</param>
    /// <param name="started">When it started.</param>
    /// <param name="loadAtStart">The load average when it started (<see cref="LoadAverage"/>).</param>
    public static ReportEnvironment Collect(SweepPlan plan, DateTimeOffset started, string loadAtStart)
    {
        ArgumentNullException.ThrowIfNull(plan);

        var environment = EnvironmentCollector.Collect(Programs.RepositoryRoot());
        return environment with
        {
            OnnxRuntime = OrtVersion(),
            ExecutionProvider = "CPUExecutionProvider",
            Dataset = Describe(plan),
            Extra =
            [
                new EnvironmentEntry("Sweep started", started.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
                new EnvironmentEntry("Repeats", string.Create(CultureInfo.InvariantCulture,
                    $"{plan.Repeats} measured run(s) per configuration after {plan.Warmup} warm-up run(s); medians with min–max")),
                new EnvironmentEntry("Load at start", loadAtStart),
                new EnvironmentEntry("Load after runs", LoadAverage()),
            ],
        };
    }

    /// <summary>The 1-, 5- and 15-minute load averages from /proc/loadavg, e.g. "1.02 / 0.80 / 0.55", or "NA"
    /// where the system has none. Other processes on a shared machine slow every run down; this shows how much.</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "NA";
        }

        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 ? $"{parts[0]} / {parts[1]} / {parts[2]} (1 / 5 / 15 min)" : "NA";
    }

    private static string? OrtVersion()
    {
        try
        {
            return OrtEnv.Instance().GetVersionString();
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or OnnxRuntimeException)
        {
            // Without the native library the version is simply unknown; the runs themselves will say more.
            return null;
        }
    }

    private static string Describe(SweepPlan plan)
    {
        var sequences = Datasets.Sources.ImageSequenceDiscovery.Discover(plan.Sequences);
        var frames = sequences.Sum(s => s.Files.Count);
        using var stream = File.OpenRead(plan.Annotations);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        return string.Create(CultureInfo.InvariantCulture,
            $"{plan.Sequences}: {sequences.Count} sequence(s), {frames} frames; ground truth {Path.GetFileName(plan.Annotations)} sha256:{sha}");
    }
}
