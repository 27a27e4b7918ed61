// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Reflection;
using System.Text.Json;
using CommandLine;
using VateSharp.Cli;
using VateSharp.Inference;

namespace VateSharp.EdgeServer.Hosting;

/// <summary>
/// Options every serving tier shares. Flags are nullable so that a flag given on the command line can win over
/// the JSON config file, and the config over the documented default.
/// </summary>
public abstract class ServeOptionsBase : VerbOptions
{
    /// <summary>Gets or sets the endpoint to bind.</summary>
    [Option("endpoint", HelpText = "Endpoint to bind, e.g. tcp://*:5555 (port 0 = any free port). Default tcp://*:5555 (edge server), tcp://*:5556 (cloud).")]
    public string? Endpoint { get; set; }

    /// <summary>Gets or sets the number of inference workers.</summary>
    [Option("workers", HelpText = "Inference workers, each with its own model instance. Default 1.")]
    public int? Workers { get; set; }

    /// <summary>Gets or sets the threads per inference.</summary>
    [Option("threads", HelpText = "Threads one inference may use. Default: CPU cores / workers.")]
    public int? Threads { get; set; }

    /// <summary>Gets or sets the queue capacity per client.</summary>
    [Option("queue", HelpText = "Frames of one client that may wait for a worker; when full the oldest is dropped and answered 'rejected'. Default 8.")]
    public int? Queue { get; set; }

    /// <summary>Gets or sets the message size limit.</summary>
    [Option("max-message-bytes", HelpText = "Largest message accepted, all frames together. Default 16777216 (16 MiB).")]
    public int? MaxMessageBytes { get; set; }

    /// <summary>Gets or sets the JSON config file.</summary>
    [Option("config", HelpText = "JSON file whose keys are these option names (e.g. {\"workers\": 2}); flags given on the command line win. Default none.")]
    public string? Config { get; set; }

    /// <summary>Gets or sets the CURVE secret key.</summary>
    [Option("curve-secret-key", HelpText = "Server .secret file (or Z85 key) from 'keygen'; turns CURVE encryption on. Needs --allowed-keys. Default off.")]
    public string? CurveSecretKey { get; set; }

    /// <summary>Gets or sets the client allow-list.</summary>
    [Option("allowed-keys", HelpText = "Client public keys allowed with CURVE: a file (one key per line), a folder of .public files, or comma-separated keys. Others get no reply.")]
    public string? AllowedKeys { get; set; }

    /// <summary>Gets or sets the default score threshold.</summary>
    [Option("score-threshold", HelpText = "Score threshold where a request states none. Default 0.25.")]
    public float? ScoreThreshold { get; set; }

    /// <summary>Gets or sets the default NMS threshold.</summary>
    [Option("nms-threshold", HelpText = "NMS IoU threshold where a request states none. Default 0.45.")]
    public float? NmsThreshold { get; set; }

    /// <summary>Gets or sets the execution provider.</summary>
    [Option("provider", HelpText = "Execution provider: Cpu or Cuda (Cuda needs a -p:VateGpu=true build; falls back to CPU with a warning). Default Cpu.")]
    public ExecutionProvider? Provider { get; set; }

    /// <summary>Gets or sets the drain timeout.</summary>
    [Option("drain-timeout-ms", HelpText = "On Ctrl-C/SIGTERM, how long queued frames may still be answered before the rest are rejected. Default 10000.")]
    public int? DrainTimeoutMs { get; set; }

    /// <summary>Gets the endpoint used when neither flag nor config names one.</summary>
    protected abstract string DefaultEndpoint { get; }

    /// <summary>Gets the endpoint after defaults.</summary>
    public string ResolvedEndpoint => Endpoint ?? DefaultEndpoint;

    /// <summary>Gets the workers after defaults.</summary>
    public int ResolvedWorkers => Workers ?? 1;

    /// <summary>Gets the threads per inference after defaults.</summary>
    public int ResolvedThreads => Threads ?? Math.Max(1, Environment.ProcessorCount / Math.Max(1, ResolvedWorkers));

    /// <inheritdoc/>
    public override IEnumerable<string> Validate()
    {
        if (Config is not null)
        {
            foreach (var problem in ApplyConfig(Config))
            {
                yield return problem;
            }
        }

        if (CurveSecretKey is null != AllowedKeys is null)
        {
            yield return "CURVE needs both --curve-secret-key and --allowed-keys; give both or neither.";
        }

        if (Workers is < 1 or > 64)
        {
            yield return $"--workers must be between 1 and 64; got {Workers}.";
        }

        if (Queue is < 1 or > 10_000)
        {
            yield return $"--queue must be between 1 and 10000; got {Queue}.";
        }

        if (Threads is < 1 or > 256)
        {
            yield return $"--threads must be between 1 and 256; got {Threads}.";
        }

        if (DrainTimeoutMs is < 0)
        {
            yield return $"--drain-timeout-ms must not be negative; got {DrainTimeoutMs}.";
        }
    }

    /// <summary>Fills every option still unset from the JSON file; returns problems as sentences.</summary>
    private List<string> ApplyConfig(string path)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            problems.Add($"Cannot read the config file {path}: {ex.Message.TrimEnd('.')}.");
            return problems;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"The config file {path} must hold one JSON object; it holds a {document.RootElement.ValueKind}.");
                return problems;
            }

            var byName = GetType().GetProperties()
                .Select(p => (Property: p, Option: p.GetCustomAttribute<OptionAttribute>()))
                .Where(p => p.Option is not null && p.Option.LongName is not "config" and not "log-level")
                .ToDictionary(p => p.Option!.LongName, p => p.Property, StringComparer.OrdinalIgnoreCase);
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (!byName.TryGetValue(entry.Name, out var property))
                {
                    problems.Add($"The config file {path} has an unknown key '{entry.Name}'; known keys: {string.Join(", ", byName.Keys)}.");
                }
                else if (property.GetValue(this) is null)
                {
                    try
                    {
                        property.SetValue(this, entry.Value.Deserialize(property.PropertyType, ConfigJson.Options));
                    }
                    catch (JsonException ex)
                    {
                        problems.Add($"The config key '{entry.Name}' in {path} has the wrong type ({property.PropertyType.Name} expected): {ex.Message}");
                    }
                }
            }
        }

        return problems;
    }
}
