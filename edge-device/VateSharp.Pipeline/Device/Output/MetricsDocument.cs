// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;

namespace VateSharp.Pipeline.Device.Output;

/// <summary>Writes metrics.json: <see cref="DeviceRunReport"/> in camelCase, with a schema version first.</summary>
internal static class MetricsDocument
{
    public const int SchemaVersion = 1;

    public static string Write(DeviceRunReport report)
    {
        var root = JsonSerializer.SerializeToNode(report, JsonOutput.Options)!.AsObject();
        root.Insert(0, "schemaVersion", SchemaVersion);
        return JsonOutput.Write(root);
    }
}
