// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;

namespace VateSharp.Pipeline.Metrics;

/// <summary>Writes <see cref="MetricsReport"/> as metrics.json (camelCase, indented).</summary>
public static class MetricsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    /// <summary>Returns the report as JSON text.</summary>
    public static string Serialize(MetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, Options);
    }

    /// <summary>Reads a report written by <see cref="Serialize"/>.</summary>
    public static MetricsReport? Deserialize(string json) => JsonSerializer.Deserialize<MetricsReport>(json, Options);

    /// <summary>
    /// Writes the report to <paramref name="path"/> through a temporary file renamed into place, so a crash
    /// never leaves half a file.
    /// </summary>
    public static void Write(MetricsReport report, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var json = Serialize(report);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temporary, json);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
