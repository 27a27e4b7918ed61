// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Text.Json;
using VateSharp.Assets;

namespace VateSharp.Benchmark.Sweep;

/// <summary>
/// Measures the frame loops side by side on one list of frames (loops/frames.txt): for every repeat, our loop
/// reading frames only, then for each peer model our loop (<c>benchmark loop</c>) and the Python OpenCV loop, one
/// right after the other so that both see the same machine load. Each measurement is a child process and lands in
/// loops/&lt;model&gt;/&lt;implementation&gt;-&lt;repeat&gt;.json; a finished one is not measured again on resume. When the peer
/// cannot run here, its file says why (and is retried on resume).
/// </summary>
public sealed class LoopExecutor
{
    /// <summary>The folder name of the decode-only measurements under loops/.</summary>
    public const string DecodeOnlyFolder = "decode-only";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private readonly TextWriter _output;
    private readonly AssetStore _assets;

    /// <summary>Creates an executor writing progress to <paramref name="output"/>.</summary>
    /// <param name="output">Progress lines.</param>
    /// <param name="assets">Where the peer's model files come from; <see cref="AssetStore.Default"/> when null.</param>
    public LoopExecutor(TextWriter output, AssetStore? assets = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _assets = assets ?? AssetStore.Default;
    }

    /// <summary>Runs every missing measurement of the plan; returns failure sentences (none when all ran).</summary>
    public async Task<IReadOnlyList<string>> RunAsync(string directory, SweepPlan plan, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(plan);

        var root = RunFolder.LoopsRoot(Path.GetFullPath(directory));
        Directory.CreateDirectory(root);
        var listPath = Path.Combine(root, "frames.txt");
        var frames = FrameList.Resolve(plan.Sequences, plan.LoopFrames);
        AtomicWrite(listPath, string.Join('\n', frames) + "\n");

        var failures = new List<string>();
        for (var repeat = 1; repeat <= plan.Repeats; repeat++)
        {
            await MeasureAsync(Path.Combine(root, DecodeOnlyFolder), LoopMeasurement.Ours, repeat, failures,
                token => OursAsync(listPath, null, token), ct).ConfigureAwait(false);
            foreach (var model in plan.PeerModels)
            {
                var folder = Path.Combine(root, model);
                await MeasureAsync(folder, LoopMeasurement.Ours, repeat, failures,
                    token => OursAsync(listPath, model, token), ct).ConfigureAwait(false);
                await MeasureAsync(folder, LoopMeasurement.Peer, repeat, failures,
                    token => PeerAsync(listPath, model, token), ct).ConfigureAwait(false);
            }
        }

        return failures;
    }

    /// <summary>The file of one measurement.</summary>
    public static string FileFor(string folder, string implementation, int repeat) =>
        Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{implementation}-{repeat}.json"));

    /// <summary>Reads a measurement file, or null when it is missing or not a measurement.</summary>
    public static LoopMeasurement? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LoopMeasurement>(File.ReadAllText(path), SweepJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void AtomicWrite(string path, string text) =>
        Cli.AtomicFile.WriteViaTempPath(path, temp => File.WriteAllText(temp, text));

    private static LoopMeasurement? Parse(string stdout)
    {
        // The measurement is the last line that is a JSON object; anything before it is the program's chatter.
        var line = stdout.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith('{'));
        if (line is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LoopMeasurement>(line, SweepJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task MeasureAsync(
        string folder,
        string implementation,
        int repeat,
        List<string> failures,
        Func<CancellationToken, Task<LoopMeasurement>> measure,
        CancellationToken ct)
    {
        var path = FileFor(folder, implementation, repeat);
        var name = $"{Path.GetFileName(folder)} {implementation} {repeat.ToString(CultureInfo.InvariantCulture)}";
        if (TryRead(path) is { Available: true })
        {
            await _output.WriteLineAsync($"loop {name}: kept from before").ConfigureAwait(false);
            return;
        }

        var measurement = await measure(ct).ConfigureAwait(false);
        Directory.CreateDirectory(folder);
        SweepJson.Write(path, measurement);
        if (measurement.Available)
        {
            await _output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"loop {name}: {measurement.Fps:0.0} fps over {measurement.Frames} frames")).ConfigureAwait(false);
        }
        else
        {
            failures.Add($"loop {name}: {measurement.Reason}");
            await _output.WriteLineAsync($"loop {name}: not measured: {measurement.Reason}").ConfigureAwait(false);
        }
    }

    private static async Task<LoopMeasurement> OursAsync(string listPath, string? model, CancellationToken ct)
    {
        List<string> args = [Programs.BenchmarkDll, "loop", "--frames", listPath];
        if (model is null)
        {
            args.Add("--decode-only");
        }
        else
        {
            args.AddRange(["--model", model]);
        }

        var result = await ChildProcess.RunAsync(Programs.DotNet, args, null, null, Timeout, ct).ConfigureAwait(false);
        return Parse(result.StandardOutput) is { } measured && result.ExitCode == 0
            ? measured
            : Unavailable(LoopMeasurement.Ours, model,
                $"benchmark loop exited with code {result.ExitCode}: {result.StartFailure ?? result.LastErrorLine ?? "no message"}");
    }

    private async Task<LoopMeasurement> PeerAsync(string listPath, string model, CancellationToken ct)
    {
        var entry = ModelCatalogue.Get(model);
        IReadOnlyList<string> files;
        try
        {
            files = await _assets.GetModelFilesAsync(entry, ct).ConfigureAwait(false);
        }
        catch (AssetException e)
        {
            // Without the model there is nothing to compare; the report says so instead of losing every other table.
            return Unavailable(LoopMeasurement.Peer, model, e.Message.TrimEnd('.'));
        }

        List<string> args =
        [
            Programs.PeerScript(),
            "--family", entry.Family,
            "--input-width", entry.InputWidth.ToString(CultureInfo.InvariantCulture),
            "--input-height", entry.InputHeight.ToString(CultureInfo.InvariantCulture),
            "--frames", listPath,
            "--name", model,
        ];
        if (entry.Family == "yolo-fastest")
        {
            args.AddRange(["--model", files.First(f => f.EndsWith(".cfg", StringComparison.OrdinalIgnoreCase)),
                "--weights", files.First(f => f.EndsWith(".weights", StringComparison.OrdinalIgnoreCase))]);
        }
        else
        {
            args.AddRange(["--model", files[0]]);
        }

        var python = Programs.PeerPython;
        if (!File.Exists(python))
        {
            return Unavailable(LoopMeasurement.Peer, model,
                $"{python} does not exist (install python3, python3-opencv and python3-numpy, or set VATE_PEER_PYTHON)");
        }

        var result = await ChildProcess.RunAsync(python, args, null, null, Timeout, ct).ConfigureAwait(false);
        var measured = Parse(result.StandardOutput);
        if (measured is { Available: false })
        {
            return measured with { Model = model };
        }

        return measured is not null && result.ExitCode == 0
            ? measured
            : Unavailable(LoopMeasurement.Peer, model,
                $"the Python loop exited with code {result.ExitCode}: {result.StartFailure ?? result.LastErrorLine ?? "no message"}");
    }

    private static LoopMeasurement Unavailable(string implementation, string? model, string reason) => new()
    {
        Implementation = implementation,
        Available = false,
        Reason = reason,
        Model = model,
        DecodeOnly = model is null,
    };
}
