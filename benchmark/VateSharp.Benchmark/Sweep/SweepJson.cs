// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Text.Json;
using System.Text.Json.Serialization;
using VateSharp.Cli;

namespace VateSharp.Benchmark.Sweep;

/// <summary>Reads and writes the sweep's own JSON files (camelCase, indented, written atomically).</summary>
public static class SweepJson
{
    /// <summary>The serializer settings of every file the sweep writes.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Writes a value to a file through a temporary file, so no reader sees half of it.</summary>
    public static void Write<T>(string path, T value)
    {
        var text = JsonSerializer.Serialize(value, Options) + "\n";
        AtomicFile.WriteViaTempPath(path, temp => File.WriteAllText(temp, text));
    }

    /// <summary>Reads a file written by <see cref="Write{T}"/>.</summary>
    /// <exception cref="UserFacingException">The file is missing or is not the expected JSON.</exception>
    public static T Read<T>(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new UserFacingException($"The {what} '{path}' does not exist.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new UserFacingException($"The {what} '{path}' holds null instead of a JSON object.");
        }
        catch (JsonException e)
        {
            throw new UserFacingException(
                $"The {what} '{path}' is not valid: {e.Message.TrimEnd('.')}; delete it or fix it by hand.", e);
        }
    }
}
