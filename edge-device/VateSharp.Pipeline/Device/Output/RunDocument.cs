// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using VateSharp.Core.Detections;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>
/// Writes run.json: the effective configuration (every option after defaults, config file and flags), what each
/// tier actually ran, and the machine, so that a run can be repeated and compared.
/// </summary>
internal static class RunDocument
{
    public const int SchemaVersion = 1;

    public static string Write(
        DeviceRunOptions options, IReadOnlyDictionary<Tier, string> models, DateTimeOffset started, DateTimeOffset finished)
    {
        var modelNode = new JsonObject();
        foreach (var (tier, model) in models.OrderBy(m => m.Key))
        {
            modelNode[TierNames.Of(tier)] = model;
        }

        var root = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["program"] = "edge-device",
            ["version"] = typeof(RunDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            ["startedUtc"] = started.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["finishedUtc"] = finished.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["machine"] = new JsonObject
            {
                ["processors"] = Environment.ProcessorCount,
                ["os"] = RuntimeInformation.OSDescription,
                ["runtime"] = RuntimeInformation.FrameworkDescription,
                ["architecture"] = RuntimeInformation.ProcessArchitecture.ToString(),
            },
            ["models"] = modelNode,
            ["options"] = JsonSerializer.SerializeToNode(options, JsonOutput.Options),
        };
        return JsonOutput.Write(root);
    }
}
