// Copyright (c) VateSharp developers. Licensed under the MIT licence.

using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CommandLine;

namespace VateSharp.EdgeDevice;

/// <summary>
/// Applies <c>--config FILE.json</c>: a JSON object whose keys are the long option names (<c>detection-rate</c>,
/// <c>tiers</c>, ...; <c>input</c> and <c>annotations</c> for the positional values). A value given on the command
/// line wins over the file. Lists may be JSON arrays or comma-separated strings.
/// </summary>
internal static class ConfigFile
{
    private static readonly Dictionary<string, (PropertyInfo Info, bool Positional)> Properties = BuildProperties();

    public static IReadOnlyList<string> Apply(RunOptions target, string path, IReadOnlyList<string> commandLine)
    {
        if (!File.Exists(path))
        {
            return [$"The config file '{path}' does not exist; check the path."];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return [$"The config file '{path}' is not valid JSON: {ex.Message}"];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [$"The config file '{path}' must hold one JSON object of option names to values, for example {{\"detection-rate\": 3}}."];
            }

            var given = GivenOnCommandLine(commandLine);
            var problems = new List<string>();
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                var key = entry.Name.Trim().ToLowerInvariant();
                if (key == "config")
                {
                    problems.Add($"The config file '{path}' sets 'config'; a config file cannot name another.");
                    continue;
                }

                if (!Properties.TryGetValue(key, out var property))
                {
                    problems.Add($"The config file '{path}' has the unknown option '{entry.Name}'; use the long option names that --help lists.");
                    continue;
                }

                if (given.Contains(key) || (property.Positional && property.Info.GetValue(target) is not null))
                {
                    continue;
                }

                if (!TryConvert(entry.Value, property.Info.PropertyType, out var value))
                {
                    problems.Add($"The config file '{path}' gives '{entry.Name}' the value {entry.Value.GetRawText()}, which is not a {Describe(property.Info.PropertyType)}.");
                    continue;
                }

                property.Info.SetValue(target, value);
            }

            return problems;
        }
    }

    private static Dictionary<string, (PropertyInfo Info, bool Positional)> BuildProperties()
    {
        var properties = new Dictionary<string, (PropertyInfo, bool)>(StringComparer.Ordinal);
        foreach (var property in typeof(RunOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<OptionAttribute>() is { } option)
            {
                properties[option.LongName] = (property, false);
            }
            else if (property.GetCustomAttribute<ValueAttribute>() is { } value)
            {
                properties[value.MetaName] = (property, true);
            }
        }

        return properties;
    }

    private static HashSet<string> GivenOnCommandLine(IReadOnlyList<string> commandLine)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in commandLine)
        {
            if (token == "--")
            {
                break;
            }

            if (token.StartsWith("--", StringComparison.Ordinal))
            {
                var name = token[2..];
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                given.Add((equals >= 0 ? name[..equals] : name).ToLowerInvariant());
            }
        }

        // --sync is the short form of --mode sync; either on the command line beats the file's mode.
        if (given.Contains("sync"))
        {
            given.Add("mode");
        }

        return given;
    }

    private static bool TryConvert(JsonElement value, Type type, out object? result)
    {
        result = null;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return !target.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        }

        if (target == typeof(string))
        {
            result = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind is JsonValueKind.String or JsonValueKind.Number) =>
                    string.Join(",", value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                _ => null,
            };
            return result is not null;
        }

        if (target == typeof(bool))
        {
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                result = value.GetBoolean();
                return true;
            }

            return false;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (target == typeof(int) && value.TryGetInt32(out var whole))
        {
            result = whole;
            return true;
        }

        if (target == typeof(float) && value.TryGetDouble(out var single))
        {
            result = (float)single;
            return true;
        }

        if (target == typeof(double) && value.TryGetDouble(out var number))
        {
            result = number;
            return true;
        }

        return false;
    }

    private static string Describe(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(string) ? "string (or list of strings)"
            : target == typeof(bool) ? "true or false"
            : target == typeof(int) ? "whole number"
            : string.Create(CultureInfo.InvariantCulture, $"number");
    }
}
